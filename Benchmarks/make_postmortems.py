#!/usr/bin/env python3
"""Write COUNT Markdown postmortems into OUT, deterministically, for timing `postmortem check`.

Templates are the repository's own `Fixtures/postmortems/*.md` when there are any (sorted by
name), else a small built-in template. Document i is template i % n with:
  * the first heading and any `title:` front-matter line suffixed with " (#i)";
  * every date `YYYY-MM-DD` moved forward by i % 365 days (so the documents are not identical);
  * one `## ` section dropped in every 7th document and the timeline lines of every 11th
    reversed, so `check` has findings to report as well as clean documents.
Same inputs, same bytes: no clock, no randomness.

Usage: make_postmortems.py [--count 1000] [--templates DIR] --out DIR
"""
import argparse
import datetime
import os
import re
import sys

BUILTIN = """---
title: Elevated error rates on the API
date: 2025-01-10
severity: SEV2
status: published
services: [api, dashboard]
---

# Elevated error rates on the API

## Summary

Between 16:05 and 17:37 UTC on 2025-01-10 a share of API requests failed with HTTP 503.

## Impact

About 12% of API requests failed for 92 minutes. The dashboard loaded slowly.

## Timeline

All times are UTC.

- 2025-01-10 16:05 - Error rate alerts fired.
- 2025-01-10 16:12 - Incident declared, on-call engineer paged.
- 2025-01-10 16:40 - Faulty configuration push identified.
- 2025-01-10 17:02 - Configuration rolled back.
- 2025-01-10 17:37 - Error rates back to normal; incident resolved.

## Root cause

A configuration change lowered the connection pool size on the API tier.

## Resolution

The change was rolled back and the pool size restored.

## Action items

- [ ] Validate pool sizes in configuration review (owner: platform, due 2025-02-01)
- [ ] Alert on pool saturation before errors (owner: sre, due 2025-02-15)
"""

DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def shift_dates(text, days):
    def repl(m):
        try:
            d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        return (d + datetime.timedelta(days=days)).isoformat()

    return DATE.sub(repl, text)


def vary(text, i):
    lines = text.split("\n")
    heading_done = False
    for k, line in enumerate(lines):
        if line.startswith("title:"):
            lines[k] = line.rstrip() + " (#%d)" % i
        elif line.startswith("# ") and not heading_done:
            lines[k] = line.rstrip() + " (#%d)" % i
            heading_done = True
    sections = [k for k, line in enumerate(lines) if line.startswith("## ")]
    if i % 7 == 3 and len(sections) > 1:
        pick = sections[(i // 7) % len(sections)]
        end = next((k for k in sections if k > pick), len(lines))
        del lines[pick:end]
    if i % 11 == 5:
        timeline = [k for k, line in enumerate(lines)
                    if re.match(r"^\s*[-*] .*\d{1,2}:\d{2}", line)]
        if len(timeline) > 1:
            reversed_lines = [lines[k] for k in reversed(timeline)]
            for k, line in zip(timeline, reversed_lines):
                lines[k] = line
    return shift_dates("\n".join(lines), i % 365)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--templates", default=None)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    templates = []
    if a.templates and os.path.isdir(a.templates):
        for name in sorted(os.listdir(a.templates)):
            if name.endswith(".md"):
                with open(os.path.join(a.templates, name), encoding="utf-8") as f:
                    templates.append((name, f.read()))
    source = "Fixtures/postmortems (%d files)" % len(templates) if templates else "built-in template"
    if not templates:
        templates = [("builtin.md", BUILTIN)]
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for i in range(a.count):
        name, text = templates[i % len(templates)]
        body = vary(text, i)
        path = os.path.join(a.out, "pm-%04d-%s" % (i, name))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        total += len(body.encode("utf-8"))
    sys.stdout.write("postmortems=%d bytes=%d source=%s\n" % (a.count, total, source))


if __name__ == "__main__":
    main()
