#!/usr/bin/env python3
"""Regression guard: count the instructions `postmortem` executes on fixed inputs and compare them
with the counts recorded in `Benchmarks/instructions-baseline.json`.

Instruction counts (valgrind's callgrind) do not depend on what else the machine is doing, so a
change of a few percent is a change in the code, not noise. Wall time on a shared 2-core machine
drifts by 10% between minutes; this does not.

Usage: Benchmarks/instructions.py [--shared DIR] [--bin PATH | --no-build] [--record] [--limit PCT]
                                  [--only CASES] [--keep]
  --shared DIR  folder holding bench/gen_corpus.py and fixtures/ (default $POSTMORTEM_SHARED,
                else ../shared beside the package)
  --bin PATH    the postmortem binary to count (default: build it with `swift build -c release`)
  --no-build    use the release binary already built
  --record      write the counts as the new baseline instead of comparing
  --limit PCT   fail when a case grows by more than PCT percent (default 10)
  --only CASES  comma-separated case names (see CASES below)
  --keep        keep the temporary folder and print where it is

Exit status: 0 every case within the limit (or recorded), 1 a case past the limit or a case that
failed to run, 2 usage or a missing tool. Needs valgrind (apt-get install -y valgrind) and binutils'
objcopy: valgrind 3.19 cannot read the DWARF 5 debug information Swift 6 writes, so the binary is
counted from a copy without it (`objcopy --strip-debug`; the code is the same bytes).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BASELINE = os.path.join(HERE, "instructions-baseline.json")

# name -> (what it runs, a function of the prepared paths giving the arguments)
CASES = {
    "incidents-feed": ("`incidents` on a 2,000-item RSS feed (gen_corpus seed 1)",
                       lambda p: ["incidents", p["feed"]]),
    "incidents-pages": ("`incidents` on 200 incident pages (gen_corpus seed 1)",
                        lambda p: ["incidents", p["pages"]]),
    "incidents-github": ("`incidents` on the 1,282 GitHub incidents (Statuspage JSON)",
                         lambda p: ["incidents", p["github"]]),
    "report-github": ("`report` on the 1,282 GitHub incidents",
                      lambda p: ["report", p["github"], "--out", os.path.join(p["tmp"], "report")]),
    "check-postmortems": ("`check` on 100 generated postmortems (make_postmortems.py)",
                          lambda p: ["check", p["postmortems"], "--format", "json"]),
}


def fail(message, status=2):
    print("instructions.py: " + message, file=sys.stderr)
    sys.exit(status)


def prepare(shared, tmp):
    gen = os.path.join(shared, "bench", "gen_corpus.py")
    github = os.path.join(shared, "fixtures", "statuspage-json", "github-incidents")
    if not os.path.isfile(gen):
        fail("%s not found; pass --shared DIR or set POSTMORTEM_SHARED" % gen)
    if not os.path.isdir(github):
        fail("%s not found" % github)
    corpus = os.path.join(tmp, "corpus")
    subprocess.run([sys.executable, gen, "--seed", "1", "--count", "2000", "--pages", "200", "--out", corpus],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    postmortems = os.path.join(tmp, "postmortems")
    subprocess.run([sys.executable, os.path.join(HERE, "make_postmortems.py"), "--count", "100", "--templates",
                    os.path.join(ROOT, "Fixtures", "postmortems"), "--out", postmortems],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {"feed": os.path.join(corpus, "history.rss"), "pages": os.path.join(corpus, "incidents"),
            "github": github, "postmortems": postmortems, "tmp": tmp}


def count(binary, args, tmp):
    """The instructions callgrind counted for one run, all threads together."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary] + args,
                          cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=dict(os.environ, LC_ALL="C", TZ="UTC"))
    found = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if not found:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise RuntimeError("valgrind counted nothing (exit %d):\n%s" % (proc.returncode, tail))
    return int(found.group(1)), proc.returncode


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--shared", default=os.environ.get("POSTMORTEM_SHARED", os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--bin")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--limit", type=float, default=10.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("-h", "--help", action="store_true")
    try:
        a = ap.parse_args()
    except SystemExit:
        fail("bad arguments (see --help)")
    if a.help:
        print(__doc__)
        return 0
    for tool in ("valgrind", "objcopy"):
        if shutil.which(tool) is None:
            fail("needs %s (apt-get install -y valgrind binutils)" % tool)
    names = [n for n in a.only.split(",") if n] or list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        fail("unknown case %s; the cases are %s" % (", ".join(unknown), ", ".join(CASES)))

    binary = a.bin
    if binary is None:
        if not a.no_build:
            subprocess.run(["swift", "build", "-c", "release", "--product", "postmortem"], cwd=ROOT, check=True,
                           stdout=sys.stderr)
        out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
        binary = os.path.join(out, "postmortem")
    if not os.access(binary, os.X_OK):
        fail("%s is not an executable (build failed?)" % binary)

    tmp = tempfile.mkdtemp(prefix="postmortem-instructions.")
    try:
        stripped = os.path.join(tmp, "postmortem")
        subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
        paths = prepare(os.path.abspath(a.shared), tmp)
        counts, broken = {}, []
        for name in names:
            try:
                counts[name], status = count(stripped, CASES[name][1](paths), tmp)
                print("instructions.py: %-18s %15s instructions (exit %d)" % (name, format(counts[name], ","),
                                                                               status), file=sys.stderr)
            except RuntimeError as error:
                broken.append(name)
                print("instructions.py: %s: %s" % (name, error), file=sys.stderr)
        if a.record:
            if broken:
                fail("not recorded: %s did not run" % ", ".join(broken), 1)
            recorded = {}
            if os.path.exists(BASELINE):
                with open(BASELINE) as f:
                    recorded = json.load(f).get("cases", {})
            recorded.update({n: {"instructions": counts[n], "what": CASES[n][0]} for n in names})
            commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                    text=True).stdout.strip()
            valgrind = subprocess.run(["valgrind", "--version"], capture_output=True, text=True).stdout.strip()
            with open(BASELINE, "w") as f:
                json.dump({"commit": commit, "valgrind": valgrind, "cases": recorded}, f, indent=2, sort_keys=True)
                f.write("\n")
            print("instructions.py: recorded %d cases at %s in %s" % (len(names), commit, BASELINE), file=sys.stderr)
            return 0
        if not os.path.exists(BASELINE):
            fail("no baseline at %s; run with --record first" % BASELINE)
        with open(BASELINE) as f:
            baseline = json.load(f)
        print("| case | baseline (%s) | now | change |" % baseline.get("commit", "?"))
        print("|---|---:|---:|---:|")
        over = []
        for name in names:
            if name not in counts:
                print("| %s | | did not run | |" % name)
                continue
            before = baseline["cases"].get(name, {}).get("instructions")
            if before is None:
                print("| %s | none | %s | (no baseline) |" % (name, format(counts[name], ",")))
                continue
            change = 100.0 * (counts[name] - before) / before
            mark = " **over +%g%%**" % a.limit if change > a.limit else ""
            print("| %s | %s | %s | %+.1f%%%s |" % (name, format(before, ","), format(counts[name], ","), change, mark))
            if change > a.limit:
                over.append(name)
        if over or broken:
            print("instructions.py: %s" % "; ".join(
                (["past +%g%%: %s" % (a.limit, ", ".join(over))] if over else [])
                + (["did not run: %s" % ", ".join(broken)] if broken else [])), file=sys.stderr)
            return 1
        return 0
    finally:
        if a.keep:
            print("instructions.py: kept %s" % tmp, file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
