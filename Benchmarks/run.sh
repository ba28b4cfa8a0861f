#!/usr/bin/env bash
# Benchmark `postmortem` against the C + libxml2 floor and the Python peers on one machine.
# Public tools only: bash, python3 (standard library; lxml/feedparser/bs4 used when importable),
# GNU time, gcc + libxml2-dev, swift. See Benchmarks/README.md for the method.
#
# Usage: Benchmarks/run.sh [--runs N] [--peers all|fast|none] [--only CASES] [--keep]
#                          [--shared DIR] [--results FILE] [--no-build]
#   --shared DIR   folder holding bench/gen_corpus.py, bench/baselines and fixtures/
#                  (default $POSTMORTEM_SHARED, else ../shared beside the package)
#   --runs N       timed runs per figure (default 5, after one warm-up)
#   --peers        all: lxml, feedparser, BeautifulSoup; fast: lxml only; none
#   --only CASES   comma-separated: rss,atom,pages,github,report-github,report-corpus,import-corpus,
#                  report-db-corpus,import-github,report-db-github,report-db-month-github,check,big,
#                  startup,stages
#   --results FILE also write the Markdown tables (and FILE's .json twin)
#                  and import-pg-corpus,report-db-pg-corpus,import-pg-github,report-db-pg-github
#   --keep         keep the temporary folder (corpus, outputs) and print where it is
# Environment: POSTMORTEM_BENCH_TMP (parent of the temporary folder, default $TMPDIR or /tmp),
#              POSTMORTEM_REPORT_ARGS (extra arguments for `postmortem report`),
#              POSTMORTEM_BENCH_POSTGRES (a PostgreSQL server's URL for the -pg cases; when unset, a
#              throwaway server is started as .ci/run starts one, and stopped at the end).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POSTMORTEM_SHARED:-$root/../shared}
runs=5 peers=all only="" keep=0 results="" build=1
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --peers) peers=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    --results) results=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n 2,22p "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

gen=$shared/bench/gen_corpus.py
baselines=$shared/bench/baselines
[ -f "$gen" ] || { echo "run.sh: $gen not found; pass --shared DIR or set POSTMORTEM_SHARED" >&2; exit 2; }
[ -d "$baselines" ] || { echo "run.sh: $baselines not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
command -v pkg-config >/dev/null && pkg-config --exists libxml-2.0 ||
  { echo "run.sh: needs gcc, pkg-config and libxml2-dev for the C reference" >&2; exit 2; }

tmp=$(mktemp -d "${POSTMORTEM_BENCH_TMP:-${TMPDIR:-/tmp}}/postmortem-bench.XXXXXX")
# shellcheck source=../.ci/postgres.sh
source "$root/.ci/postgres.sh"
cleanup() {
  postgres_stop
  if [ "$keep" = 1 ]; then echo "run.sh: keeping $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

echo "run.sh: generating the corpus (seed 1, 10,000 incidents, 2,000 pages) and the 10x feed" >&2
python3 "$gen" --seed 1 --count 10000 --pages 2000 --out "$tmp/corpus" >/dev/null 2>&1
want() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }
postgres=${POSTMORTEM_BENCH_POSTGRES:-}
if [ -z "$postgres" ] && { want import-pg-corpus || want report-db-pg-corpus || want import-pg-github ||
  want report-db-pg-github; }; then
  echo "run.sh: starting a throwaway PostgreSQL server" >&2
  postgres_start
  postgres=$POSTMORTEM_TEST_POSTGRES
fi
big_args=()
if want big; then
  python3 "$gen" --seed 1 --count 100000 --pages 0 --out "$tmp/big" >/dev/null 2>&1
  big_args=(--big "$tmp/big")
fi

echo "run.sh: generating 1,000 postmortems for check" >&2
python3 "$here/make_postmortems.py" --count 1000 --templates "$root/Fixtures/postmortems" --out "$tmp/postmortems" >&2

echo "run.sh: building the C reference in a temporary copy" >&2
cp -R "$baselines" "$tmp/baselines"
make -s -C "$tmp/baselines" all >&2
make -s -C "$tmp/baselines" lxml214 >/dev/null 2>&1 || echo "run.sh: (C against lxml's libxml2 not built: lxml missing)" >&2

if [ "$build" = 1 ]; then
  echo "run.sh: swift build -c release" >&2
  (cd "$root" && swift build -c release --product postmortem >&2)
fi
bin=$(cd "$root" && swift build -c release --show-bin-path)/postmortem
stages_dir=$here/Stages
if [ "$build" = 1 ]; then
  echo "run.sh: swift build -c release --package-path Benchmarks/Stages" >&2
  touch "$stages_dir/Package.swift"  # plan again when the main package gains or loses a file
  swift build -c release --package-path "$stages_dir" >&2 || echo "run.sh: (StageTimer not built)" >&2
fi
stages=$(swift build -c release --package-path "$stages_dir" --show-bin-path 2>/dev/null)/StageTimer
[ -x "$bin" ] || { echo "run.sh: $bin missing (build failed?)" >&2; exit 1; }

# The smallest input among the repository's own fixtures (feeds, pages, JSON), for start-up.
small=$(find "$root/Fixtures" -type f \( -name '*.rss' -o -name '*.atom' -o -name '*.json' -o -name '*.html' \) \
  -printf '%s %p\n' 2>/dev/null | sort -n | head -1 | cut -d' ' -f2-)
if [ -z "$small" ]; then
  python3 "$gen" --seed 1 --count 1 --pages 0 --out "$tmp/one" >/dev/null
  small=$tmp/one/history.rss
fi

github=$shared/fixtures/statuspage-json/github-incidents
python3 "$here/bench.py" --postmortem "$bin" --baselines "$tmp/baselines" --corpus "$tmp/corpus" \
  "${big_args[@]}" --github "$github" --postmortems "$tmp/postmortems" --small "$small" \
  --work "$tmp/work" --runs "$runs" --peers "$peers" --only "$only" \
  --report-args "${POSTMORTEM_REPORT_ARGS:-}" --stages "$stages" ${results:+--results "$results"} \
  ${postgres:+--postgres "$postgres"}
