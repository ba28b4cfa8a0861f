#!/usr/bin/env python3
"""Timing driver behind Benchmarks/run.sh (Python 3 standard library + GNU time).

Every command runs under `/usr/bin/time -f "%e %M %U %S"`: the wall time is measured here with
`time.perf_counter()` around the whole child (GNU time's own %e has 10 ms steps, too coarse for
start-up), peak RSS is GNU time's %M, CPU is %U + %S. Each case has a reference (the C program
calling libxml2) and candidates; every candidate run is paired with a reference run made just
before it (A B A B ...), after one warm-up run of each. A candidate's figure is the median of
its runs and the median of its paired ratios to the reference.

Usage: see run.sh; `bench.py --help` lists the arguments.
"""
import argparse
import csv
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

COUNTS = re.compile(r"incidents=(\d+) updates=(\d+) chars=(\d+)")
UPDATE_COLUMNS = ("updates", "update_count", "updates_count", "n_updates", "update count")


class Tool:
    """A command to time. `argv` is a list, or a function of the run index returning one."""

    def __init__(self, name, argv, kind="baseline", runs=None, ok_codes=(0,)):
        self.name, self.argv, self.kind, self.runs, self.ok_codes = name, argv, kind, runs, ok_codes
        self.samples = []  # dicts: wall, rss, cpu, rc
        self.paired = []  # tool wall / reference wall, per round
        self.last = None  # the last run's sample, with its output paths

    def command(self, index):
        return self.argv(index) if callable(self.argv) else self.argv


class Case:
    def __init__(self, key, title, nbytes, incidents, updates, ref, tools, runs, warm=True):
        self.key, self.title, self.nbytes, self.warm = key, title, nbytes, warm
        self.incidents, self.updates = incidents, updates
        self.ref, self.tools, self.runs = ref, tools, runs


def run_once(tool, index, work):
    tfile = os.path.join(work, "time.txt")
    out = os.path.join(work, "out-%s.txt" % re.sub(r"\W+", "_", tool.name))
    err = out[:-4] + ".err"
    argv = tool.command(index)
    with open(out, "wb") as fo, open(err, "wb") as fe:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-o", tfile, "-f", "%e %M %U %S", "--"] + argv,
                              stdout=fo, stderr=fe, stdin=subprocess.DEVNULL)
        wall = time.perf_counter() - start
    fields = [line.split() for line in open(tfile) if re.match(r"^[0-9.]+ \d+ ", line)]
    _, rss, user, system = fields[-1] if fields else ("0", "0", "0", "0")
    sample = {"wall": wall, "rss": int(rss) / 1024.0, "cpu": float(user) + float(system),
              "rc": proc.returncode, "out": out, "err": err, "argv": argv}
    tool.last = sample
    return sample


def count(tool):
    """(incidents, updates, note) from the last run's output, as far as the tool reports them."""
    s = tool.last
    if s is None:
        return None, None, "not run"
    if s["rc"] not in tool.ok_codes:
        tail = open(s["err"], errors="replace").read().strip().splitlines()[-1:] or [""]
        return None, None, "exit %d: %s" % (s["rc"], tail[0][:100])
    text = open(s["out"], errors="replace").read()
    if tool.kind == "baseline":
        m = COUNTS.search(text)
        return (int(m.group(1)), int(m.group(2)), "chars=%s" % m.group(3)) if m else (None, None, "no totals")
    if tool.kind == "csv":
        rows = list(csv.reader(text.splitlines()))
        if not rows:
            return 0, None, "empty output"
        header = [h.strip().lower() for h in rows[0]]
        updates = None
        for name in UPDATE_COLUMNS:
            if name in header:
                col = header.index(name)
                updates = sum(int(r[col]) for r in rows[1:] if len(r) > col and r[col].strip().isdigit())
                break
        if updates is not None and "has_postmortem" in header:
            # the manifest counts a postmortem as an update; the CSV flags it per incident
            col = header.index("has_postmortem")
            updates += sum(1 for r in rows[1:] if len(r) > col and r[col].strip().lower() == "true")
        return len(rows) - 1, updates, "csv rows"
    if tool.kind == "report":
        outdir = s["argv"][s["argv"].index("--out") + 1]
        files = sorted(os.listdir(outdir)) if os.path.isdir(outdir) else []
        return None, None, "%d files: %s" % (len(files), ",".join(files)[:80])
    if tool.kind == "check":
        lines = [line for line in text.splitlines() if line.strip()]
        return None, None, "status %d, %d output lines" % (s["rc"], len(lines))
    return None, None, ""


def run_case(case, work, log):
    log("## %s" % case.title)
    everyone = ([case.ref] if case.ref else []) + case.tools
    for tool in everyone if case.warm else []:  # warm-up: page cache, .pyc, dynamic loader
        run_once(tool, -1, work)
    for tool in case.tools:
        for r in range(tool.runs or case.runs):
            if case.ref:
                ref = run_once(case.ref, r, work)
                case.ref.samples.append(ref)
            s = run_once(tool, r, work)
            tool.samples.append(s)
            if case.ref and ref["wall"] > 0:
                tool.paired.append(s["wall"] / ref["wall"])
    if case.ref and not case.tools:
        for r in range(case.runs):
            case.ref.samples.append(run_once(case.ref, r, work))
    rows = []
    for tool in everyone:
        if not tool.samples:
            continue
        wall = statistics.median(x["wall"] for x in tool.samples)
        row = {
            "case": case.key, "tool": tool.name, "runs": len(tool.samples), "wall": wall,
            "wall_min": min(x["wall"] for x in tool.samples), "wall_max": max(x["wall"] for x in tool.samples),
            "ratio": statistics.median(tool.paired) if tool.paired else (1.0 if tool is case.ref else None),
            "rss": statistics.median(x["rss"] for x in tool.samples),
            "rss_max": max(x["rss"] for x in tool.samples),
            "cpu": statistics.median(x["cpu"] for x in tool.samples),
            "mbs": case.nbytes / 1e6 / wall if case.nbytes and wall else None,
            "incs": case.incidents / wall if case.incidents and wall else None,
            "is_ref": tool is case.ref,
        }
        inc, upd, note = count(tool)
        row.update(count_incidents=inc, count_updates=upd, note=note)
        ok = []
        if tool.kind == "floor":
            inc = upd = None
            row.update(count_incidents=None, count_updates=None, note="(does not extract)")
        if case.incidents is not None and inc is not None:
            ok.append("incidents %s" % ("ok" if inc == case.incidents else "MISMATCH (%d != %d)" % (inc, case.incidents)))
        if case.updates is not None and upd is not None:
            ok.append("updates %s" % ("ok" if upd == case.updates else "MISMATCH (%d != %d)" % (upd, case.updates)))
        row["check"] = ", ".join(ok)
        rows.append(row)
        log(fmt_row(row))
    return rows


def fmt(x, spec, empty="-"):
    return empty if x is None else format(x, spec)


def fmt_row(r):
    counts = ""
    if r["count_incidents"] is not None:
        counts = "%s / %s" % (fmt(r["count_incidents"], "d"), fmt(r["count_updates"], "d"))
    detail = "; ".join(x for x in (counts, r["check"], r["note"]) if x)
    return "| %s%s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        r["tool"], " (ref)" if r["is_ref"] else "", fmt(r["wall"], ".3f"),
        fmt(r["ratio"], ".2f"), fmt(r["mbs"], ".1f"), fmt(r["incs"], ",.0f"), fmt(r["rss"], ".1f"),
        fmt(r["cpu"], ".2f"), r["runs"], detail)


HEADER = ("| tool | median wall s | ratio to ref (paired median) | MB/s | incidents/s | peak RSS MiB "
          "| CPU s | runs | counts (incidents / updates), check |\n|---|---:|---:|---:|---:|---:|---:|---:|---|")


def manifest_counts(path, part):
    with open(path) as f:
        m = json.load(f)
    return m[part]["incidents"], m[part]["updates"]


def dir_bytes(path):
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--postmortem", required=True, help="the release postmortem binary")
    ap.add_argument("--baselines", required=True, help="built copy of shared/bench/baselines")
    ap.add_argument("--corpus", required=True, help="gen_corpus.py --count 10000 --pages 2000 output")
    ap.add_argument("--big", help="gen_corpus.py --count 100000 --pages 0 output")
    ap.add_argument("--github", help="shared/fixtures/statuspage-json/github-incidents")
    ap.add_argument("--postmortems", help="folder of generated postmortems for check")
    ap.add_argument("--small", help="one small input file for start-up")
    ap.add_argument("--work", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--big-runs", type=int, default=1, help="runs on the 10x feed (no warm-up; it was just written)")
    ap.add_argument("--peers", choices=("all", "fast", "none"), default="all",
                    help="fast skips feedparser and BeautifulSoup (10-30x slower, ~5 min)")
    ap.add_argument("--only", default="", help="comma-separated case keys to run")
    ap.add_argument("--report-args", default="", help="extra arguments for postmortem report")
    ap.add_argument("--stages", help="the StageTimer binary (Benchmarks/Stages), to time each stage alone")
    ap.add_argument("--results", help="write the Markdown table here too")
    ap.add_argument("--postgres", help="a PostgreSQL server's URL (postgres://USER@/postgres?host=/socket/folder): "
                                       "the import-pg and report-db-pg cases make their databases on it")
    a = ap.parse_args()

    pm, bl, c, work, n = a.postmortem, a.baselines, a.corpus, a.work, a.runs
    os.makedirs(work, exist_ok=True)
    py = sys.executable
    have = lambda mod: subprocess.run([py, "-c", "import " + mod], capture_output=True).returncode == 0
    lxml, fp, bs4 = have("lxml"), have("feedparser"), have("bs4")
    slow = a.peers == "all"
    peers = a.peers != "none"
    lines = []

    def log(s):
        print(s, flush=True)
        lines.append(s)

    def exe(name):
        p = os.path.join(bl, "bin", name)
        return p if os.path.exists(p) else None

    report_args = shlex.split(a.report_args)
    cases = []
    feed_inc, feed_upd = manifest_counts(os.path.join(c, "manifest.json"), "feed")
    for feed in ("history.rss", "history.atom"):
        path = os.path.join(c, feed)
        tools = [Tool("postmortem incidents", [pm, "incidents", path], "csv")]
        tools.append(Tool("C libxml2 + byte scan", [exe("feed_c"), "-m", "scan", path]))
        if exe("feed_c_lxml"):
            tools.append(Tool("C + libxml2 2.14 (lxml's) dom", [exe("feed_c_lxml"), "-m", "dom", path]))
        if peers and lxml:
            tools.append(Tool("py lxml iterparse", [py, os.path.join(bl, "feed_lxml.py"), path]))
        if slow and fp:
            tools.append(Tool("py feedparser", [py, os.path.join(bl, "feed_feedparser.py"), path]))
        cases.append(Case(feed.split(".")[1], "%s (%d incidents)" % (feed, feed_inc), os.path.getsize(path),
                          feed_inc, feed_upd, Tool("C libxml2 + HTML dom", [exe("feed_c"), "-m", "dom", path]),
                          tools, n))
    pages = os.path.join(c, "incidents")
    page_inc, page_upd = manifest_counts(os.path.join(c, "manifest.json"), "html")
    tools = [Tool("postmortem incidents", [pm, "incidents", pages], "csv"),
             Tool("C libxml2 + XPath", [exe("pages_c"), "-m", "xpath", pages]),
             Tool("C libxml2 parse only", [exe("pages_c"), "-m", "parse", pages], "floor")]
    if exe("pages_c_lxml"):
        tools.append(Tool("C + libxml2 2.14 (lxml's) XPath", [exe("pages_c_lxml"), "-m", "xpath", pages]))
    if peers and lxml:
        tools.append(Tool("py lxml.html + XPath", [py, os.path.join(bl, "pages_lxml.py"), pages]))
    if slow and bs4:
        tools.append(Tool("py bs4 (lxml)", [py, os.path.join(bl, "pages_bs4.py"), "lxml", pages]))
        tools.append(Tool("py bs4 (html.parser)", [py, os.path.join(bl, "pages_bs4.py"), "html.parser", pages]))
    cases.append(Case("pages", "%d incident pages" % page_inc, dir_bytes(pages), page_inc, page_upd,
                      Tool("C libxml2 + DOM walk", [exe("pages_c"), "-m", "walk", pages]), tools, n))
    if a.github and os.path.isdir(a.github):
        gh_files = len([f for f in os.listdir(a.github) if f.endswith(".json")])
        cases.append(Case("github", "GitHub incidents JSON (%d files)" % gh_files, dir_bytes(a.github),
                          gh_files, None, None,
                          [Tool("postmortem incidents", [pm, "incidents", a.github], "csv")], n))
        cases.append(Case("report-github", "report over the GitHub incidents", dir_bytes(a.github), gh_files, None,
                          None, [Tool("postmortem report", lambda i: [pm, "report", a.github] + report_args +
                                      ["--out", os.path.join(work, "report-github-%d" % i)], "report")], n))
    rss = os.path.join(c, "history.rss")
    # The archive: import into a fresh SQLite file each run, paired with `incidents` on the same input
    # (target: within 2x); `report --db` paired with `report` over the same files (target: faster).
    archive_inputs = [("import-corpus", "history.rss (%d incidents)" % feed_inc, rss, feed_inc)]
    if a.github and os.path.isdir(a.github):
        archive_inputs.append(("import-github", "the GitHub incidents", a.github, gh_files))
    for key, what, path, expected in archive_inputs:
        nbytes = os.path.getsize(path) if os.path.isfile(path) else dir_bytes(path)
        db = lambda i, key=key: os.path.join(work, "%s-%d.sqlite" % (key, i))
        cases.append(Case(key, "import of %s into SQLite" % what, nbytes, expected, None,
                          Tool("postmortem incidents", [pm, "incidents", path], "csv"),
                          [Tool("postmortem import", lambda i, path=path, db=db: [pm, "import", path, "--db", db(i)],
                                "none")], n))
        archive = os.path.join(work, "%s-read.sqlite" % key)
        wanted = set(filter(None, a.only.split(",")))
        if not os.path.exists(archive) and (not wanted or (key.replace("import", "report-db") in wanted
                                                  or "report-db-month-github" in wanted)):
            subprocess.run([pm, "import", path, "--db", archive], stdout=subprocess.DEVNULL, check=True)
        out = lambda i, tag, key=key: ["--out", os.path.join(work, "%s-%s-%d" % (key, tag, i))]
        cases.append(Case(key.replace("import", "report-db"), "report --db over the archive of %s" % what, nbytes,
                          None, None,
                          Tool("postmortem report (files)", lambda i, path=path, out=out: [pm, "report", path] +
                               report_args + out(i, "files"), "report"),
                          [Tool("postmortem report --db", lambda i, archive=archive, out=out:
                                [pm, "report", "--db", archive] + report_args + out(i, "db"), "report")], n))
        if key == "import-github":
            # One month of a review: the archive loads only that month's incidents (chosen in SQL).
            month = ["--month", "2023-09"]
            cases.append(Case("report-db-month-github", "report --month 2023-09 --db over the archive of %s" % what,
                              nbytes, None, None,
                              Tool("postmortem report --month (files)", lambda i, path=path, out=out:
                                   [pm, "report", path] + month + report_args + out(i, "month-files"), "report"),
                              [Tool("postmortem report --month --db", lambda i, archive=archive, out=out:
                                    [pm, "report", "--db", archive] + month + report_args + out(i, "month-db"),
                                    "report")], n))
    # The same on PostgreSQL: each import run gets a fresh database, made before the runs (not timed).
    for key, what, path, expected in archive_inputs if a.postgres else []:
        nbytes = os.path.getsize(path) if os.path.isfile(path) else dir_bytes(path)
        pg_key = key.replace("import", "import-pg")
        read_key = key.replace("import", "report-db-pg")
        wanted = set(filter(None, a.only.split(",")))
        if not wanted or pg_key in wanted:
            for i in range(-1, n):
                pg_fresh(a.postgres, "%s-%d" % (pg_key, i))
        db = lambda i, pg_key=pg_key: pg_url(a.postgres, "%s-%d" % (pg_key, i))
        cases.append(Case(pg_key, "import of %s into PostgreSQL" % what, nbytes, expected, None,
                          Tool("postmortem incidents", [pm, "incidents", path], "csv"),
                          [Tool("postmortem import", lambda i, path=path, db=db: [pm, "import", path, "--db", db(i)],
                                "none")], n))
        archive = pg_url(a.postgres, read_key)
        if not wanted or read_key in wanted:
            pg_fresh(a.postgres, read_key)
            subprocess.run([pm, "import", path, "--db", archive], stdout=subprocess.DEVNULL, check=True)
        out = lambda i, tag, key=read_key: ["--out", os.path.join(work, "%s-%s-%d" % (key, tag, i))]
        cases.append(Case(read_key, "report --db over the PostgreSQL archive of %s" % what, nbytes, None, None,
                          Tool("postmortem report (files)", lambda i, path=path, out=out: [pm, "report", path] +
                               report_args + out(i, "files"), "report"),
                          [Tool("postmortem report --db", lambda i, archive=archive, out=out:
                                [pm, "report", "--db", archive] + report_args + out(i, "db"), "report")], n))
    cases.append(Case("report-corpus", "report over history.rss (%d incidents)" % feed_inc, os.path.getsize(rss),
                      feed_inc, None, None, [Tool("postmortem report", lambda i: [pm, "report", rss] + report_args +
                                                  ["--out", os.path.join(work, "report-corpus-%d" % i)], "report")],
                      n))
    if a.postmortems and os.path.isdir(a.postmortems):
        npm = len(os.listdir(a.postmortems))
        cases.append(Case("check", "check over %d postmortems" % npm, dir_bytes(a.postmortems), None, None, None,
                          [Tool("postmortem check", [pm, "check", a.postmortems], "check", ok_codes=(0, 1))], n))
    if a.big and os.path.isdir(a.big):
        big = os.path.join(a.big, "history.rss")
        bi, bu = manifest_counts(os.path.join(a.big, "manifest.json"), "feed")
        cases.append(Case("big", "memory: history.rss x10 (%d incidents)" % bi, os.path.getsize(big), bi, bu,
                          Tool("C libxml2 + HTML dom", [exe("feed_c"), "-m", "dom", big]),
                          [Tool("postmortem incidents", [pm, "incidents", big], "csv")], a.big_runs, warm=False))
    if a.small and os.path.isfile(a.small):
        cases.append(Case("startup", "start-up: %s (%d bytes)" % (os.path.basename(a.small), os.path.getsize(a.small)),
                          None, None, None, None,
                          [Tool("postmortem incidents", [pm, "incidents", a.small], "csv", ok_codes=(0, 1)),
                           Tool("/bin/true (process floor)", ["/bin/true"], "none"),
                           Tool("python3 -c pass", [py, "-c", "pass"], "none")], max(4 * n, 20)))
    only = set(filter(None, a.only.split(",")))
    if only:
        cases = [k for k in cases if k.key in only]

    load = open("/proc/loadavg").read().split()[:3]
    libxml = subprocess.run(["pkg-config", "--modversion", "libxml-2.0"], capture_output=True, text=True).stdout.strip()
    log("# Postmortem benchmark, %s" % time.strftime("%Y-%m-%d %H:%M:%S %Z"))
    log("")
    log("machine: %s, %d CPUs, load average at start %s; libxml2 %s; Python %s (lxml %s, feedparser %s, bs4 %s); "
        "%d runs per figure" % (platform.platform(), os.cpu_count(), " ".join(load), libxml, platform.python_version(),
                                 lxml, fp, bs4, n))
    all_rows = []
    for case in cases:
        log("")
        expect = ""
        if case.incidents is not None:
            expect = ", expected %d incidents" % case.incidents
            expect += " / %d updates" % case.updates if case.updates is not None else ""
        log("### %s%s%s" % (case.title, ": %d bytes" % case.nbytes if case.nbytes else "", expect))
        log("")
        log(HEADER)
        all_rows += run_case(case, work, lambda s: log(s) if s.startswith("|") else None)
    if a.stages and os.path.exists(a.stages) and (not only or "stages" in only):
        log("")
        for line in stages(a.stages, os.path.join(c, "history.rss"), n, all_rows):
            log(line)
    log("")
    log("load average at end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    log("")
    for line in targets(all_rows):
        log(line)
    if a.results:
        with open(a.results, "w") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.splitext(a.results)[0] + ".json", "w") as f:
            json.dump(all_rows, f, indent=1)


def pg_name(tag):
    return "pm_bench_" + re.sub(r"\W+", "_", tag.replace("--1", "-warm"))


def pg_url(server, tag):
    """The server's URL with the database of `tag` in place of its own."""
    head, _, rest = server.partition("://")
    login, _, place = rest.partition("@")
    host, _, tail = place.partition("/")
    query = tail.partition("?")[2]
    return "%s://%s@%s/%s%s" % (head, login, host, pg_name(tag), "?" + query if query else "")


def pg_fresh(server, tag):
    """Drops and creates the database of `tag` (psql, outside the timed runs)."""
    for sql in ("DROP DATABASE IF EXISTS %s WITH (FORCE)" % pg_name(tag), "CREATE DATABASE %s" % pg_name(tag)):
        subprocess.run(["psql", "-q", "-X", server, "-c", sql], check=True, stdout=subprocess.DEVNULL)


def stages(binary, feed, runs, rows):
    """Each stage of `incidents` alone on the feed (one thread), median of `runs`, next to the C reference."""
    times = {}
    for _ in range(runs):
        out = subprocess.run([binary, feed], capture_output=True, text=True).stdout
        for line in out.splitlines():
            row = json.loads(line)
            times.setdefault(row["stage"], []).append(row["seconds"])
    ref = next((r for r in rows if r["case"] == "rss" and r["is_ref"]), None)
    out = ["### Stages of `incidents history.rss`, one thread each (StageTimer, median of %d)" % runs, "",
           "| stage | median s | x C reference (%s) |" % ("%.3f s" % ref["wall"] if ref else "not run"), "|---|---:|---:|"]
    for stage, values in times.items():
        median = statistics.median(values)
        out.append("| %s | %.3f | %s |" % (stage, median, "%.2f" % (median / ref["wall"]) if ref else "-"))
    return out


def targets(rows):
    def get(case, tool):
        return next((r for r in rows if r["case"] == case and r["tool"] == tool), None)

    out = ["### Targets", "", "| target | measured | met |", "|---|---|---|"]

    def failed(r):
        return r["note"].startswith("exit") or "MISMATCH" in r["check"]

    def line(name, measured, met):
        out.append("| %s | %s | %s |" % (name, measured, "-" if met is None else ("yes" if met else "**no**")))

    for case in ("rss", "atom"):
        r = get(case, "postmortem incidents")
        if r and not failed(r):
            line("%s within 1.25x of C reference" % case, fmt(r["ratio"], ".2f") + "x", r["ratio"] and r["ratio"] <= 1.25)
            peer = next((x for x in rows if x["case"] == case and x["tool"].startswith("py lxml")), None)
            if peer and not failed(peer) and r["ratio"] and peer["ratio"]:
                line("%s ahead of lxml" % case, "%.2fx against lxml's %.2fx" % (r["ratio"], peer["ratio"]),
                     r["ratio"] < peer["ratio"])
    p, lx = get("pages", "postmortem incidents"), get("pages", "py lxml.html + XPath")
    if p and lx and not failed(p) and p["ratio"] and lx["ratio"]:
        rel = p["ratio"] / lx["ratio"]
        line("2,000 pages under 0.8x lxml.html", "%.3f s vs %.3f s (%.2fx of lxml, CPU %.2f s)" % (
            p["wall"], lx["wall"], rel, p["cpu"]), rel < 0.8)
    pm_rows = [r for r in rows if r["tool"].startswith("postmortem incidents") and r["case"] != "startup"
               and not failed(r)]
    if pm_rows:
        worst = max(pm_rows, key=lambda r: r["rss_max"])
        line("peak RSS at most 32 MiB (incidents)", "%.1f MiB max (%s)" % (worst["rss_max"], worst["case"]),
             worst["rss_max"] <= 32)
    b, d = get("big", "postmortem incidents"), get("rss", "postmortem incidents")
    if b and d and not failed(b) and not failed(d):
        line("flat memory when the feed grows 10x", "%.1f MiB vs %.1f MiB (x%.2f)" % (b["rss"], d["rss"], b["rss"] / d["rss"]),
             b["rss"] <= d["rss"] * 1.10)
    s = get("startup", "postmortem incidents")
    if s and not failed(s):
        line("start-up under 10 ms (one small file)", "%.1f ms" % (s["wall"] * 1000), s["wall"] < 0.010)
    g = get("report-github", "postmortem report")
    if g and not failed(g):
        line("report over the GitHub incidents under 0.5 s", "%.3f s" % g["wall"], g["wall"] < 0.5)
    # The archive (paired with `incidents` / `report` over the same files in the same case).
    for key in ("import-corpus", "import-github", "import-pg-corpus", "import-pg-github"):
        r = get(key, "postmortem import")
        if r and not failed(r) and r["ratio"]:
            line("%s within 2x of incidents" % key, "%.2fx (%.2f s)" % (r["ratio"], r["wall"]), r["ratio"] <= 2.0)
    reads = [(key, "postmortem report --db") for key in
             ("report-db-corpus", "report-db-github", "report-db-pg-corpus", "report-db-pg-github")]
    for key, tool in reads + [("report-db-month-github", "postmortem report --month --db")]:
        r = get(key, tool)
        if r and not failed(r) and r["ratio"]:
            line("%s faster than report from files" % key, "%.2fx (%.3f s)" % (r["ratio"], r["wall"]), r["ratio"] < 1.0)
    for r in rows:
        if "MISMATCH" in r["check"] or r["note"].startswith("exit"):
            line("correct output: %s / %s" % (r["case"], r["tool"]), r["check"] + " " + r["note"], False)
    return out


if __name__ == "__main__":
    main()
