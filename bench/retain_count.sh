#!/usr/bin/env bash
# Counts swift_retain / swift_release calls and instructions per Python call of fib(N) under
# callgrind. Unlike wall time these counts do not depend on machine load, so they are a cheap
# guard for the call path (bench/PROFILE.md: 5 retains and about 960 instructions per call at
# commit a0cbbdd).
#
#   bench/retain_count.sh [N]        # default N=25; needs valgrind and a release build
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-25}"
spindle="$(cd "$repo" && swift build -c release -Xswiftc -enforce-exclusivity=unchecked --show-bin-path)/spindle"
[ -x "$spindle" ] || { echo "retain_count.sh: build the release binary first (bench/run.sh)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "retain_count.sh: valgrind is not installed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nfib(%d)\n' "$n" > "$work/fib.py"
# The baseline defines fib without calling it, so only the calls differ between the two runs.
printf 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n' > "$work/base.py"

# Instructions and calls of a run, as "instructions retains releases".
measure() {
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$spindle" "$1" >/dev/null 2>&1
    local total retains releases
    total="$(sed -n 's/^summary: //p' "$work/cg.out")"
    retains="$(python3 "$repo/bench/callgrind_calls.py" "$work/cg.out" '^swift_retain$' --total)"
    releases="$(python3 "$repo/bench/callgrind_calls.py" "$work/cg.out" '^swift_release$' --total)"
    echo "$total $retains $releases"
}

read -r base_ir base_retains base_releases <<< "$(measure "$work/base.py")"
read -r ir retains releases <<< "$(measure "$work/fib.py")"
python3 - "$n" "$base_ir" "$base_retains" "$base_releases" "$ir" "$retains" "$releases" <<'EOF'
import sys
n, base_ir, base_ret, base_rel, ir, ret, rel = map(int, sys.argv[1:])
a, b = 0, 1
for _ in range(n + 1):
    a, b = b, a + b
calls = 2 * a - 1          # calls made by naive fib(n): 2 * fib(n + 1) - 1
print("fib(%d): %d calls" % (n, calls))
print("instructions per call: %.0f" % ((ir - base_ir) / calls))
print("swift_retain per call: %.2f" % ((ret - base_ret) / calls))
print("swift_release per call: %.2f" % ((rel - base_rel) / calls))
EOF
