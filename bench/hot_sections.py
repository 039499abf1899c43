#!/usr/bin/env python3
"""Writes Linker/hot-sections.txt, the section ordering file of the release link.

Runs `hello` and a shrunken copy of every shared workload under callgrind, collects the
functions each one executes and lists their sections (`.text.<symbol>`) so that the linker
places all code the workloads run next to each other. The kernel maps a file page together
with its cached neighbours (up to 64 KiB around a fault), so code that is run once at start-up
but scattered over the 12 MB text makes most of the text resident; packed, it fills a few
hundred KiB. Order: functions every workload runs first, then groups of functions shared by
the same workloads, so that each workload touches one contiguous stretch.

    bench/hot_sections.py [--spindle PATH] [--bench-dir DIR] [--output FILE]

The binary must be the release build with `-Xswiftc -Xfrontend -Xswiftc -function-sections`
(README, "Benchmarks"); without it the Spindle functions share a few sections per file.
Stale names in the file are harmless (the linker ignores sections it does not find); regenerate
after larger changes to keep new hot functions in the packed region.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Each workload's size constants scaled down: the same code runs, only fewer times.
SHRINK = {
    "hello": [],
    "fib": [("(32, 33, 34)", "(12, 13, 14)")],
    "loops": [("r < 30", "r < 1"), ("mix(1200, 150)", "mix(60, 15)"), ("triangle(350)", "triangle(30)")],
    "objects": [("build(200000)", "build(2000)")],
    "strings": [("range(40)", "range(2)"), ("make_text(2500, 12)", "make_text(100, 12)")],
    "lists_dicts": [("build(60000)", "build(2000)"), ("queue_work(60000)", "queue_work(2000)")],
    "nbody": [("0.001, 200000)", "0.001, 500)")],
    "lock_uncontended": [("run(1500000)", "run(5000)")],
    "lock_contended": [("N = 500000", "N = 2000")],
    "threads_spawn": [("TOTAL = 8000", "TOTAL = 200")],
    "condition_pingpong": [("N = 50000", "N = 500")],
    "parallel_cpu": [("N = 1200000", "N = 5000")],
    "logging_threads": [("N = 15000", "N = 200")],
}

FUNCTION_NAME = re.compile(r"^c?fn=\(\d+\) (.+)$")


def find_bench_dir(explicit):
    for candidate in (explicit, os.environ.get("SPINDLE_BENCH_DIR"),
                      os.path.join(REPO, "..", "shared", "bench"), "/work/shared/bench"):
        if candidate and os.path.isfile(os.path.join(candidate, "hello.py")):
            return candidate
    sys.exit("hot_sections.py: no workload folder found; pass --bench-dir")


def shrunken_copy(bench_dir, name, folder):
    with open(os.path.join(bench_dir, name + ".py")) as f:
        text = f.read()
    for old, new in SHRINK[name]:
        if text.count(old) != 1:
            sys.exit("hot_sections.py: %s.py no longer contains %r once; update SHRINK" % (name, old))
        text = text.replace(old, new)
    path = os.path.join(folder, name + ".py")
    with open(path, "w") as f:
        f.write(text)
    return path


def executed_functions(spindle, script, folder):
    """Mangled names of the functions callgrind saw run (or be called) in one run."""
    out = os.path.join(folder, os.path.basename(script) + ".cg")
    subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out,
                    spindle, script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, cwd=folder)
    names = set()
    with open(out) as f:
        for line in f:
            match = FUNCTION_NAME.match(line)
            if match:
                names.add(match.group(1).strip())
    return names


def defined_functions(spindle):
    listing = subprocess.run(["nm", "--defined-only", spindle], capture_output=True, text=True,
                             check=True).stdout
    return {line.split()[2] for line in listing.splitlines()
            if len(line.split()) == 3 and line.split()[1] in "tTwWi"}


def ordered_sections(users, workloads):
    """Functions used by more workloads first; equal usage patterns stay together."""
    def key(name):
        pattern = tuple(w in users[name] for w in workloads)
        return (-len(users[name]), [not used for used in pattern], name)
    # `.text.startup` holds the static constructors of the Swift runtime and the C++ libraries:
    # each runs once at start-up, all of them in every run.
    return [".text.startup"] + [".text." + name for name in sorted(users, key=key)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spindle", default=os.path.join(REPO, ".build", "release", "spindle"))
    ap.add_argument("--bench-dir")
    ap.add_argument("--output", default=os.path.join(REPO, "Linker", "hot-sections.txt"))
    args = ap.parse_args()
    spindle = os.path.abspath(args.spindle)
    bench_dir = find_bench_dir(args.bench_dir)
    defined = defined_functions(spindle)
    users = collections.defaultdict(set)
    with tempfile.TemporaryDirectory() as folder:
        for name in SHRINK:
            script = shrunken_copy(bench_dir, name, folder)
            ran = executed_functions(spindle, script, folder) & defined
            print("%-20s %5d functions" % (name, len(ran)), file=sys.stderr)
            for function in ran:
                users[function].add(name)
    sections = ordered_sections(users, list(SHRINK))
    with open(args.output, "w") as f:
        f.write("\n".join(sections) + "\n")
    print("hot_sections.py: %d sections written to %s" % (len(sections), args.output), file=sys.stderr)


if __name__ == "__main__":
    main()
