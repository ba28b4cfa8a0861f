#!/usr/bin/env bash
# Build the libFuzzer targets and run each for SECONDS (default 600).
# Usage: Fuzz/run.sh [SECONDS] [--jobs N] [--only FuzzFeeds,FuzzHTML,...] [--keep] [--no-build]
#   --jobs N   run N targets at once (one per core; default 1)
#   --keep     keep the temporary folder (corpora, logs, artifacts) and print where it is
# Seeds come from Fixtures/, Tests/HostileInputs/ and Tests/RuleFixtures/ (and the smallest of ../shared/fixtures when
# present), copied into a temporary folder; nothing is written into the repository. Each run's summary
# (executions, coverage, corpus, peak RSS, result) is printed as a Markdown row; crashing inputs are
# kept under the temporary folder's artifacts/ and the script exits 1.
# Environment: POSTMORTEM_SHARED (default ../shared beside the package), POSTMORTEM_FUZZ_TMP.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POSTMORTEM_SHARED:-$root/../shared}
seconds=600 jobs=1 only="" keep=0 build=1
while [ $# -gt 0 ]; do
  case $1 in
    --jobs) jobs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n 2,10p "$0"; exit 0 ;;
    [0-9]*) seconds=$1; shift ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

flags=(-c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
if [ "$build" = 1 ]; then
  # SwiftPM keeps its build plan for a path dependency until this manifest changes, so a source
  # file added to the main package would be missed; touching the manifest makes it plan again.
  touch "$here/Package.swift"
  (cd "$here" && swift build "${flags[@]}" 2>&1 | grep -v "Cannot export local symbol" >&2)
fi
bin=$(cd "$here" && swift build "${flags[@]}" --show-bin-path)

tmp=$(mktemp -d "${POSTMORTEM_FUZZ_TMP:-${TMPDIR:-/tmp}}/postmortem-fuzz.XXXXXX")
if [ "$keep" = 1 ]; then echo "run.sh: keeping $tmp" >&2; else trap 'rm -rf "$tmp"' EXIT; fi

# seed TARGET FIND-ARGS...: copy matching files: the repository's (up to 128 KB) and the 40 smallest
# of the shared fixtures (up to 32 KB), so each execution stays fast under AddressSanitizer.
seed() {
  local target=$1; shift
  mkdir -p "$tmp/seeds/$target"
  {
    find "$root/Fixtures" "$root/Tests/HostileInputs" "$root/Tests/RuleFixtures" -type f -size -129k \( "$@" \) -printf '%s %p\n' 2>/dev/null
    if [ -d "$shared/fixtures" ]; then
      find "$shared/fixtures" -type f -size -33k \( "$@" \) -printf '%s %p\n' | sort -n | sed -n 1,40p
    fi
  } | cut -d' ' -f2- | while IFS= read -r f; do
    cp "$f" "$tmp/seeds/$target/$(echo "$f" | md5sum | cut -c1-12)-${f##*/}"
  done
}
seed FuzzFeeds -name '*.rss' -o -name '*.atom' -o -name '*.xml' -o -name 'feed-atom*'
seed FuzzHTML -name '*.html' -o -name '*.mhtml'
seed FuzzJSON -name '*.json'
seed FuzzText -name '*.txt' -o -name '*.md'
seed FuzzMarkdown -name '*.md' -o -name '*.markdown' -o -name '*.qmd'

declare -A dict=([FuzzFeeds]=feeds [FuzzHTML]=html [FuzzJSON]=json [FuzzText]=text [FuzzMarkdown]=markdown)
targets=(FuzzFeeds FuzzHTML FuzzJSON FuzzText FuzzMarkdown)
[ -n "$only" ] && IFS=, read -r -a targets <<< "$only"

run_one() {
  local t=$1 log=$tmp/$1.log
  mkdir -p "$tmp/corpus/$t" "$tmp/artifacts"
  local start=$SECONDS rc=0
  SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$here/lsan.supp" "$bin/$t" "$tmp/corpus/$t" "$tmp/seeds/$t" \
    -dict="$here/Dictionaries/${dict[$t]}.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=131072 -print_final_stats=1 -artifact_prefix="$tmp/artifacts/$t-" > "$log" 2>&1 || rc=$?
  local took=$((SECONDS - start))
  local execs cov ft corp rss result
  execs=$(awk '/stat::number_of_executed_units:/ {print $2}' "$log" | tail -1)
  rss=$(awk '/stat::peak_rss_mb:/ {print $2}' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
  corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | awk '{print $2}' || true)
  if [ "$rc" = 0 ]; then
    result="no crash, leak or timeout"
  else
    result="exit $rc: $(grep -m1 -E 'ERROR: |SUMMARY: |Fatal error|invariant' "$log" | cut -c1-120 || true)"
  fi
  printf '| %s | %s s | %s | %s | %s | %s | %s MB | %s |\n' "$t" "$took" "${execs:-?}" "${cov:-?}" "${ft:-?}" \
    "${corp:-?}" "${rss:-?}" "$result" > "$tmp/$t.row"
  [ "$rc" = 0 ]
}

echo "| target | duration | executions | coverage (edges) | features | corpus (inputs/bytes) | peak RSS | result |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
status=0 running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || status=1; running=$((running - 1)); fi
done
while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done
for t in "${targets[@]}"; do cat "$tmp/$t.row"; done
if [ "$status" != 0 ]; then
  echo "run.sh: a target failed; logs and artifacts are in $tmp (kept)" >&2
  trap - EXIT
fi
exit "$status"
