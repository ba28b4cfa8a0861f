#!/usr/bin/env bash
# Sourced by .ci/run and Benchmarks/bench.py's wrapper: installs PostgreSQL from Debian's packages when
# no server is found, starts a throwaway cluster in a `mktemp -d` folder listening on a unix socket in
# that folder only (no TCP port), and exports POSTMORTEM_TEST_POSTGRES with its URL. `postgres_stop`
# stops the server and removes the folder; the caller traps it on EXIT.
#
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user (created by the
# Debian package) and is run through runuser.

postgres_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

postgres_start() {
    local bin
    if ! bin="$(postgres_bin)"; then
        echo "installing: postgresql"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bin="$(postgres_bin)"
    fi
    POSTMORTEM_PG_DIR="$(mktemp -d /tmp/pm-postgres.XXXXXX)"
    local run=()
    local user
    user="$(id -un)"
    if [ "$(id -u)" = 0 ]; then
        user=postgres
        chown "$user" "$POSTMORTEM_PG_DIR"
        run=(runuser -u "$user" --)
    fi
    "${run[@]}" "$bin/initdb" -D "$POSTMORTEM_PG_DIR/data" -U "$user" -A trust --no-sync >/dev/null
    "${run[@]}" "$bin/pg_ctl" -D "$POSTMORTEM_PG_DIR/data" -l "$POSTMORTEM_PG_DIR/log" -w -s \
        -o "-c listen_addresses='' -k $POSTMORTEM_PG_DIR -c fsync=off -c max_connections=200" start
    POSTMORTEM_PG_RUN="${run[*]}"
    POSTMORTEM_PG_BIN="$bin"
    export POSTMORTEM_PG_DIR POSTMORTEM_PG_RUN POSTMORTEM_PG_BIN
    export POSTMORTEM_TEST_POSTGRES="postgres://$user@localhost/postgres?host=$POSTMORTEM_PG_DIR"
}

postgres_stop() {
    if [ -n "${POSTMORTEM_PG_DIR:-}" ] && [ -d "$POSTMORTEM_PG_DIR" ]; then
        # shellcheck disable=SC2086
        $POSTMORTEM_PG_RUN "$POSTMORTEM_PG_BIN/pg_ctl" -D "$POSTMORTEM_PG_DIR/data" -m immediate -s stop || true
        rm -rf "$POSTMORTEM_PG_DIR"
    fi
}
