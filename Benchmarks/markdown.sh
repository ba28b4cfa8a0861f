#!/usr/bin/env bash
# Times the Markdown reader on the shapes issue 13 names, through the release binary:
#   nested quotes: 80,000 `>` on one line (80 KB); wide table: 20,000 columns; many headings:
#   100,000 `## ` headings; long table: a 10 MB table of timeline rows.
# Each file gets front matter, so `postmortem check` reads it as a Markdown postmortem (exit 1 is
# expected: the generated files miss sections). Usage: Benchmarks/markdown.sh [BINARY]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/.build/release/postmortem}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/postmortem-md.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
head = "---\ntitle: Generated\ndate: 2025-01-10\n---\n# Generated\n\n"
def write(name, body):
    with open(os.path.join(d, name), "w") as f: f.write(head + body)
write("nested-quotes.md", ">" * 80000 + " deep 10:52 AM EST\n")
write("wide-table.md", "|" + " h |" * 20000 + "\n|" + "---|" * 20000 + "\n|" + " c |" * 20000 + "\n")
write("many-headings.md", "".join("## Heading %d\n" % i for i in range(100000)))
rows = []
size = 0
i = 0
while size < 10 * 1024 * 1024:
    row = "| 2025-01-10 %02d:%02d UTC | step %d \\| detail with *emphasis* and `code` |\n" % (i // 60 % 24, i % 60, i)
    rows.append(row); size += len(row); i += 1
write("long-table.md", "## Timeline\n\n| time | event |\n|---|---|\n" + "".join(rows))
PY
printf '| file | size | wall time | peak RSS | exit |\n|---|---:|---:|---:|---:|\n'
for f in ${SHAPES:-nested-quotes wide-table many-headings long-table}; do
  file=$tmp/$f.md
  size=$(du -h "$file" | cut -f1)
  rc=0
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" check "$file" --format json > /dev/null 2>&1 || rc=$?
  read -r secs kb < <(tail -1 "$tmp/time")
  printf '| %s | %s | %s s | %s MiB | %s |\n' "$f" "$size" "$secs" "$((kb / 1024))" "$rc"
done
