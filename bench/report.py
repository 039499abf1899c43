#!/usr/bin/env python3
"""Turn the JSON that measure.py writes into bench/RESULTS.md.

The table gives, per workload, the median wall time of Spindle and of CPython 3.11 -S from the
same run, their ratio, both peak RSS figures, whether the checksum line came out right, and the
target the ratio is held to. Failed workloads stay in the table with the reason they failed.
Called by bench/run.sh; it can be re-run on an old results.json with the same options.
"""

import argparse
import datetime
import json
import math
import os
import platform
import statistics
import subprocess

CPYTHON = "py3.11-S"
SPINDLE = "spindle"

# Workload -> (kind, limit on Spindle/CPython wall-time ratio); the targets of the performance issue.
TARGETS = {
    "hello": ("start-up", 1.0),
    "fib": ("single-thread", 2.0),
    "loops": ("single-thread", 2.0),
    "objects": ("single-thread", 2.0),
    "strings": ("single-thread", 2.0),
    "lists_dicts": ("single-thread", 2.0),
    "nbody": ("single-thread", 2.0),
    "lock_uncontended": ("threading", 0.5),
    "lock_contended": ("threading", 0.5),
    "threads_spawn": ("threading", 0.5),
    "condition_pingpong": ("threading", 0.5),
    "parallel_cpu": ("parallel", None),
    "logging_threads": ("threading", 0.5),
}
SINGLE_THREAD = [name for name, (kind, _) in TARGETS.items() if kind == "single-thread"]
GEOMEAN_TARGET = 1.0
SPEEDUP_TARGET = 1.85


def command_output(argv):
    try:
        return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine_description():
    model = ""
    for line in command_output(["lscpu"]).splitlines():
        if line.startswith("Model name:"):
            model = line.split(":", 1)[1].strip()
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    distro = platform.system()
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    distro = line.split("=", 1)[1].strip().strip('"')
    return "%d vCPU %s, %.0f GiB RAM, %s, kernel %s" % (
        os.cpu_count(), model or platform.machine(), mem_gib, distro, platform.release())


def repository_commit(repo, build_commit_file):
    """The commit the binary was built from (recorded by run.sh), else the checkout's HEAD."""
    if build_commit_file and os.path.exists(build_commit_file):
        with open(build_commit_file) as f:
            lines = f.read().split("\n")
        sha, _, subject = lines[0].partition(" ")
        extra = " " + lines[1] if len(lines) > 1 and lines[1] else ""
        return "`%s` (%s)%s" % (sha, subject, extra)
    sha = command_output(["git", "-C", repo, "rev-parse", "--short=10", "HEAD"])
    subject = command_output(["git", "-C", repo, "log", "-1", "--format=%s"])
    dirty = command_output(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"])
    return "`%s` (%s)%s" % (sha, subject, " plus uncommitted changes" if dirty else "")


def failure_reason(result, timeout):
    out = result["stdout"]
    if out.startswith("TIMEOUT"):
        return "timed out (> %g s)" % timeout
    error_lines = [line for err in result["stderr"] for line in err.strip().splitlines()]
    if error_lines:
        return "failed: `%s`" % error_lines[-1].replace("|", "\\|")[:160]
    if out:
        return "MISMATCH: printed `%s`" % out.splitlines()[0].replace("|", "\\|")[:160]
    return "failed: no output"


def timing(result):
    """Median seconds with the spread of the timed runs, e.g. `1.52 (1.49–1.61)`."""
    if result["median_s"] is None:
        return "–"
    times = result["times_s"]
    if len(times) < 2:
        return "%.3f" % result["median_s"]
    return "%.3f (%.2f–%.2f)" % (result["median_s"], min(times), max(times))


def ratio(numerator, denominator):
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def cell(value, pattern, suffix=""):
    return "–" if value is None else (pattern % value) + suffix


def verdict(script, time_ratio, speedup):
    kind, limit = TARGETS.get(script, ("", None))
    if kind == "parallel":
        return "speedup ≥ %.2f: %s" % (SPEEDUP_TARGET, "–" if speedup is None
                                        else ("met" if speedup >= SPEEDUP_TARGET else "not met"))
    if limit is None:
        return ""
    return "≤ %.1f×: %s" % (limit, "not met (not timed)" if time_ratio is None
                            else ("met" if time_ratio <= limit else "not met"))


def median_speedup(result):
    return statistics.median(result["speedups"]) if result and result["speedups"] else None


def table_lines(results, scripts, timeout):
    lines = [
        "| workload | CPython 3.11 -S s (min–max) | Spindle s (min–max) | time ratio | CPython MB | Spindle MB "
        "| RSS ratio | checksum | target (time ratio) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ratios = {}
    for script in scripts:
        base, mine = results.get((script, CPYTHON)), results.get((script, SPINDLE))
        if base is None or mine is None:
            continue
        time_ratio = ratio(mine["median_s"], base["median_s"])
        ratios[script] = time_ratio
        if mine["ok"] and base["ok"]:
            status = "ok"
        elif not base["ok"]:
            status = "CPython: " + failure_reason(base, timeout)
        else:
            status = failure_reason(mine, timeout)
        spindle_mb = mine["rss_mb"] if mine["rss_mb"] else None
        lines.append("| `%s` | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            script, timing(base), timing(mine),
            cell(time_ratio, "%.2f", "×"), cell(base["rss_mb"], "%.1f"), cell(spindle_mb, "%.1f"),
            cell(ratio(spindle_mb, base["rss_mb"]), "%.2f", "×"), status,
            verdict(script, time_ratio, median_speedup(mine))))
    return lines, ratios


def geomean_line(ratios):
    measured = [ratios[s] for s in SINGLE_THREAD if ratios.get(s) is not None]
    if not measured:
        return "Geometric mean of the single-thread ratios: – (none of %s measured)." % (
            ", ".join(SINGLE_THREAD))
    value = math.exp(sum(math.log(r) for r in measured) / len(measured))
    missing = [s for s in SINGLE_THREAD if ratios.get(s) is None]
    text = "Geometric mean of the single-thread time ratios (%s): **%.2f×** (target ≤ %.1f×)" % (
        ", ".join(s for s in SINGLE_THREAD if s not in missing), value, GEOMEAN_TARGET)
    if missing:
        text += "; **incomplete**: %s not measured (failed), so it does not answer the target" % (
            ", ".join(missing))
    return text + "."


def overloaded(loads):
    """True when the load average at the start or end exceeded the number of cores."""
    for load in loads:
        try:
            if float(load.split()[0]) > (os.cpu_count() or 1):
                return True
        except (ValueError, IndexError):
            pass
    return False


def speedup_lines(results):
    lines = ["parallel_cpu speedup (sequential / threaded, 2 threads; median of the checked runs):", ""]
    for name, label in ((CPYTHON, "CPython 3.11 -S"), (SPINDLE, "Spindle")):
        result = results.get(("parallel_cpu", name))
        value = median_speedup(result)
        if value is None:
            lines.append("- %s: – (no speedup line on stderr)" % label)
        else:
            runs = ", ".join("%.2f" % s for s in result["speedups"])
            lines.append("- %s: **%.2f** (runs: %s)%s" % (
                label, value, runs, "" if result["ok"] else "; checksum NOT ok"))
    return lines


def own_lines(path):
    """The table of Spindle's own workloads (bench/own.py), if that run left its JSON."""
    if not path or not os.path.exists(path):
        return []
    with open(path) as f:
        results = json.load(f)
    lines = [
        "## Spindle's own workloads (`bench/workloads/`, run by `bench/own.py`)", "",
        "| workload | figure | CPython 3.11 -S (runs) | Spindle (runs) | Spindle wall s / CPython wall s "
        "| checksum | target |",
        "|---|---|---|---|---|---|---|",
    ]
    scripts = sorted({key.split("/", 1)[0] for key in results})
    for script in scripts:
        base, mine = results.get(script + "/" + CPYTHON), results.get(script + "/" + SPINDLE)
        if base is None or mine is None:
            continue

        def figures(result):
            if result["median_value"] is None:
                return "–"
            return "%g (%s)" % (result["median_value"], ", ".join("%g" % v for v in result["values"]))

        status = "ok" if base["ok"] and mine["ok"] else "failed: `%s`" % (
            (mine["error"] or base["error"]).replace("|", "\\|"))
        lines.append("| `%s` | %s | %s | %s | %s | %s | %s: %s |" % (
            script, mine["figure"], figures(base), figures(mine),
            cell(ratio(mine["median_s"], base["median_s"]), "%.2f", "×"), status,
            mine["target"], "met" if mine["met"] else "not met"))
    return lines + [""]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--cpython", required=True)
    ap.add_argument("--spindle", required=True)
    ap.add_argument("--build-flags", required=True)
    ap.add_argument("--runs", type=int, required=True)
    ap.add_argument("--warmup", type=int, required=True)
    ap.add_argument("--rss-runs", type=int, required=True)
    ap.add_argument("--timeout", type=float, required=True)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--note", default="")
    ap.add_argument("--build-commit", help="file naming the commit the binary was built from")
    ap.add_argument("--own-json", help="results of bench/own.py, rendered as a second table")
    args = ap.parse_args()

    with open(args.json) as f:
        results = {tuple(key.split("/", 1)): value for key, value in json.load(f).items()}
    scripts = [s for s in TARGETS if (s, SPINDLE) in results]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    table, ratios = table_lines(results, scripts, args.timeout)
    measured = datetime.datetime.fromtimestamp(os.path.getmtime(args.json), datetime.timezone.utc)
    now = measured.strftime("%Y-%m-%d %H:%M UTC")
    timer = "hyperfine %s" % command_output(["hyperfine", "--version"]).split()[-1] \
        if command_output(["sh", "-c", "command -v hyperfine"]) else "a plain timing loop"
    doc = [
        "# Benchmark results: Spindle against CPython 3.11",
        "",
        "Written by `bench/run.sh` (see README.md, \"Benchmarks\"). Ratios are Spindle / CPython from",
        "the same run on the same machine: below 1 means Spindle is faster.",
        "",
        "- Date: %s" % now,
        "- Commit measured: %s" % repository_commit(repo, args.build_commit),
        "- Machine: %s; load average %s." % (
            machine_description(), " at start, ".join(args.load) + (" at end" if args.load else "")),
        "- Spindle: `%s`, built with `%s`; %s." % (
            os.path.relpath(args.spindle, repo), args.build_flags,
            command_output(["swift", "--version"]).splitlines()[0] if command_output(["swift", "--version"]) else "swift"),
        "- CPython: `%s -S` (3.11.7, no site import)." % args.cpython,
        "- Timing: %s, median of %d timed runs after %d warm-up run(s); peak RSS is the largest of %d checked run(s) "
        "under `/usr/bin/time -v`, which must all print the expected checksum line (a run over %g s "
        "counts as hung)." % (timer, args.runs, args.warmup, args.rss_runs, args.timeout),
        "- **The numbers are noisy.** The 2-core machine is shared with other builds and test runs while",
        "  this was measured, with only %d timed run(s) per workload: read single ratios as ±20 %% or worse,"
        % args.runs,
        "  and the thread hand-off workloads as rough (they are bimodal even on an idle machine).",
    ]
    if args.note:
        doc.append("- Note: %s" % args.note)
    doc += ["", "## Wall time and peak memory", ""] + table + ["", geomean_line(ratios), ""]
    if "parallel_cpu" in scripts:
        doc += ["## Parallelism", ""] + speedup_lines(results) + [
            "", "Target for Spindle: ≥ %.2f on 2 cores (CPython's GIL keeps it near 1.0)." % SPEEDUP_TARGET, ""]
        if overloaded(args.load):
            doc += ["**Not meaningful in this run:** the load average was above the number of cores, so "
                    "the two threads did not get two idle cores; the figures measure the scheduler as "
                    "much as the interpreter (a CPython speedup far from 1.0 shows the noise).", ""]
    doc += own_lines(args.own_json)
    doc += [
        "## How to read the checksum column",
        "",
        "`ok`: every checked run exited 0 and printed the workload's expected line. Otherwise the",
        "workload is not timed (time columns show –) and the column gives the last line of Spindle's",
        "stderr, the wrong line it printed, or the time-out. Peak RSS is still reported for failed runs",
        "(it is then the peak up to the failure).",
        "",
    ]
    with open(args.output, "w") as f:
        f.write("\n".join(doc))


if __name__ == "__main__":
    main()
