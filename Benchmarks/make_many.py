#!/usr/bin/env python3
"""Writes large synthetic inputs for the scale rows of Benchmarks/README.md (never committed).

  make_many.py files N OUT       N small files in OUT: Statuspage API records ({page, incident}),
                                 every fifth an aggregator text copy (an id made from its file name)
  make_many.py incidents N FILE  one Statuspage {page, incidents} JSON with N small incidents
                                 (about 90 bytes each: a million make 86 MB)

Titles repeat (twenty of them), times are spread a few hours apart, so the merger must tell the
accounts apart by time. The output is deterministic.
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone

TITLES = [f"Elevated error rates on service {n}" for n in range(20)]
START = datetime(2025, 1, 1, tzinfo=timezone.utc)
PAGE = {"id": "bench0page", "name": "Bench Cloud", "url": "https://status.bench.example",
        "time_zone": "Etc/UTC", "updated_at": "2025-02-01T00:00:00Z"}


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def record(index):
    began = START + timedelta(minutes=37 * index)
    ended = began + timedelta(minutes=42)
    code = f"b{index:07d}"
    return {
        "id": code, "name": TITLES[index % len(TITLES)], "status": "resolved", "impact": "minor",
        "shortlink": f"https://stspg.example/{code}", "created_at": stamp(began),
        "resolved_at": stamp(ended), "components": [{"name": f"Component {index % 7}"}],
        "incident_updates": [
            {"status": "investigating", "body": "We are looking into errors.", "created_at": stamp(began)},
            {"status": "resolved", "body": "Errors are back to normal.", "created_at": stamp(ended)},
        ],
    }


def aggregator(index):
    began = START + timedelta(minutes=37 * index)
    ended = began + timedelta(minutes=42)
    fmt = "%b %d, %Y, %I:%M %p UTC"
    return (f"Bench Cloud incident\n\n{TITLES[index % len(TITLES)]}\n\nMinor Resolved View vendor source →\n\n"
            f"Update timeline\n\n- investigating {began.strftime(fmt)}\nWe are looking into errors.\n\n"
            f"- resolved {ended.strftime(fmt)}\nErrors are back to normal.\n")


def files(count, out):
    os.makedirs(out, exist_ok=True)
    for index in range(count):
        sub = os.path.join(out, f"{index // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        if index % 5 == 4:
            with open(os.path.join(sub, f"copy-{index:07d}.txt"), "w") as handle:
                handle.write(aggregator(index))
        else:
            with open(os.path.join(sub, f"b{index:07d}.json"), "w") as handle:
                json.dump({"page": PAGE, "incident": record(index)}, handle)


def small(index):
    began = START + timedelta(minutes=37 * index)
    return {"id": f"b{index:07d}", "name": f"Errors {index % 20}", "impact": "minor",
            "created_at": stamp(began)}


def incidents(count, path):
    with open(path, "w") as handle:
        handle.write('{"page": ' + json.dumps(PAGE) + ', "incidents": [\n')
        for index in range(count):
            handle.write((",\n" if index else "") + json.dumps(small(index), separators=(",", ":")))
        handle.write("\n]}\n")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("files", "incidents"):
        sys.exit(__doc__)
    (files if sys.argv[1] == "files" else incidents)(int(sys.argv[2]), sys.argv[3])
