#!/usr/bin/env bash
# Builds the release spindle binary, times the shared benchmark workloads under it and under
# CPython 3.11 (-S) in one measure.py run, then Spindle's own workloads (bench/workloads/, through
# bench/own.py), and writes bench/RESULTS.md (ratios Spindle / CPython).
#
#   bench/run.sh [--runs N] [--warmup N] [--rss-runs N] [--timeout S] [-s SCRIPT]... [--no-build]
#
# Environment:
#   SPINDLE_BENCH_DIR   folder holding measure.py and the workloads (default: ../shared/bench
#                       beside the repository, then /work/shared/bench)
#   SPINDLE_BENCH_PY    the CPython to compare with (default: pyenv 3.11.7)
#   SPINDLE_BENCH_NOTE  one extra sentence for RESULTS.md (e.g. "machine busy with builds")
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="$repo/bench/out"
runs=3
warmup=1
rss_runs=3
timeout=300
build=1
scripts=()

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --rss-runs) rss_runs="$2"; shift 2 ;;
        --timeout) timeout="$2"; shift 2 ;;
        -s) scripts+=("-s" "$2"); shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

find_workloads() {
    local candidate
    for candidate in "${SPINDLE_BENCH_DIR:-}" "$repo/../shared/bench" /work/shared/bench; do
        if [ -n "$candidate" ] && [ -f "$candidate/measure.py" ]; then
            (cd "$candidate" && pwd)
            return 0
        fi
    done
    echo "run.sh: no measure.py found; set SPINDLE_BENCH_DIR" >&2
    return 1
}

ensure_hyperfine() {
    command -v hyperfine >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "run.sh: installing hyperfine" >&2
        if apt-get install -y hyperfine >/dev/null 2>&1 \
            || { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1; }; then
            return 0
        fi
    fi
    echo "run.sh: hyperfine unavailable; measure.py falls back to a plain timing loop" >&2
}

find_cpython() {
    if [ -n "${SPINDLE_BENCH_PY:-}" ]; then
        echo "$SPINDLE_BENCH_PY"
    elif command -v pyenv >/dev/null 2>&1 && PYENV_VERSION=3.11.7 pyenv which python >/dev/null 2>&1; then
        PYENV_VERSION=3.11.7 pyenv which python
    elif command -v python3.11 >/dev/null 2>&1; then
        command -v python3.11
    else
        echo "run.sh: no CPython 3.11 found; set SPINDLE_BENCH_PY" >&2
        return 1
    fi
}

# The release configuration documented in README.md ("Benchmarks"): a fully static executable
# (no dynamic loader work at start-up, only the touched pages of the Swift runtime resident), one
# section per function and the functions the workloads run packed together (Linker/hot-sections.txt).
build_flags=(-c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo
             -Xswiftc -enforce-exclusivity=unchecked -Xswiftc -Xfrontend -Xswiftc -function-sections
             -Xlinker --section-ordering-file=Linker/hot-sections.txt)

workloads="$(find_workloads)"
cpython="$(find_cpython)"
ensure_hyperfine
cd "$repo"
mkdir -p "$out_dir"
if [ "$build" = 1 ]; then
    # The commit the binary is built from, for RESULTS.md (also when measured later with --no-build).
    git -C "$repo" log -1 --format='%h %s' > "$out_dir/build-commit"
    git -C "$repo" status --porcelain --untracked-files=no | grep -q . \
        && echo "(plus uncommitted changes)" >> "$out_dir/build-commit"
    bin_path="$(swift build "${build_flags[@]}" --show-bin-path)"
    # SwiftPM does not recompile a module when only -Xswiftc flags change: start the release
    # folder afresh when it was built with other flags (or by hand, without the stamp).
    if [ "$(cat "$bin_path/run-sh-build-flags" 2>/dev/null)" != "${build_flags[*]}" ]; then
        echo "run.sh: build flags changed; rebuilding $bin_path from scratch" >&2
        rm -rf "$bin_path"
    fi
    # Relinked every time: SwiftPM does not see changes to Linker/hot-sections.txt.
    rm -f "$bin_path/spindle"
    swift build "${build_flags[@]}" --product spindle
    echo "${build_flags[*]}" > "$bin_path/run-sh-build-flags"
fi
spindle="$(swift build "${build_flags[@]}" --show-bin-path)/spindle"
[ -x "$spindle" ] || { echo "run.sh: $spindle missing; build first" >&2; exit 1; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
status=0
python3 "$workloads/measure.py" \
    -i "py3.11-S=$cpython -S" -i "spindle=$spindle" \
    --runs "$runs" --warmup "$warmup" --rss-runs "$rss_runs" --timeout "$timeout" \
    ${scripts[@]+"${scripts[@]}"} --json "$out_dir/results.json" \
    > "$out_dir/measure-table.md" || status=$?
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
# After the load is read: idle_threads' 1,000 threads count as runnable for a moment.
python3 "$repo/bench/own.py" --cpython "$cpython" --spindle "$spindle" --runs "$runs" \
    --timeout "$timeout" --json "$out_dir/own.json" >&2 || status=$?

python3 "$repo/bench/report.py" \
    --json "$out_dir/results.json" --output "$repo/bench/RESULTS.md" \
    --cpython "$cpython" --spindle "$spindle" --build-flags "swift build ${build_flags[*]}" \
    --runs "$runs" --warmup "$warmup" --rss-runs "$rss_runs" --timeout "$timeout" \
    --load "$load_before" --load "$load_after" --note "${SPINDLE_BENCH_NOTE:-}" \
    --build-commit "$out_dir/build-commit" --own-json "$out_dir/own.json"
echo "run.sh: wrote bench/RESULTS.md (measure.py exit status $status: non-zero when a workload failed)" >&2
