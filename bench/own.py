#!/usr/bin/env python3
"""Run Spindle's own workloads (bench/workloads/*.py) under CPython and Spindle.

The shared workloads only time whole programs; these two measure what the performance targets
say about threads beyond that: `parallel_cpu4` (four CPU-bound threads on the machine's cores:
the speedup must not fall below 1.0) and `idle_threads` (resident memory per idle thread: at
most 64 KiB). Each workload prints one checksum line on stdout, which must be the line below
(checked against CPython 3.9 and 3.11), and `key=value` figures on stderr, whose medians over
the runs are reported. Called by bench/run.sh; writes JSON that bench/report.py renders.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# Workload -> (expected stdout line, stderr figure reported, target description, predicate).
WORKLOADS = {
    "parallel_cpu4": ("parallel_cpu4 checksum=664360925 match=1", "speedup",
                      "speedup ≥ 1.0", lambda v: v >= 1.0),
    "idle_threads": ("idle_threads checksum=499500 alive=1", "rss_per_thread_kib",
                     "≤ 64 KiB per thread", lambda v: v <= 64.0),
}
FIGURE_RE = re.compile(r"(\w+)=([0-9.]+)")


def run_once(argv, script, timeout):
    start = time.perf_counter()
    try:
        done = subprocess.run(argv + [os.path.join(HERE, "workloads", script + ".py")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT", "", {}
    elapsed = time.perf_counter() - start
    figures = {key: float(value) for key, value in FIGURE_RE.findall(done.stderr)}
    return (elapsed if done.returncode == 0 else None), done.stdout.strip(), done.stderr, figures


def measure(argv, script, runs, timeout):
    expected, figure, _, _ = WORKLOADS[script]
    times, values, ok, last_error = [], [], True, ""
    for _ in range(runs):
        elapsed, out, err, figures = run_once(argv, script, timeout)
        if elapsed is None or out != expected:
            ok = False
            last_error = (err.strip().splitlines() or [out])[-1][:160]
            continue
        times.append(elapsed)
        if figure in figures:
            values.append(figures[figure])
    return {
        "ok": ok,
        "error": last_error,
        "times_s": times,
        "median_s": statistics.median(times) if times else None,
        "values": values,
        "median_value": statistics.median(values) if values else None,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cpython", required=True, help="CPython executable (run with -S)")
    ap.add_argument("--spindle", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--json", required=True)
    args = ap.parse_args()
    interpreters = {"py3.11-S": [args.cpython, "-S"], "spindle": [args.spindle]}
    results = {}
    for script in WORKLOADS:
        for name, argv in interpreters.items():
            result = measure(argv, script, args.runs, args.timeout)
            _, figure, target, holds = WORKLOADS[script]
            result.update(figure=figure, target=target,
                          met=result["median_value"] is not None and holds(result["median_value"]))
            results["%s/%s" % (script, name)] = result
            print("%-16s %-10s %s=%s" % (script, name, figure, result["median_value"]))
    with open(args.json, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
