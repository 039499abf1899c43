#!/bin/sh
# Regenerates the expected output of the case corpus with CPython.
#
#   ./regenerate.sh            every case
#   ./regenerate.sh name ...   only these cases (without .py)
#
# Each case runs from this directory as `python <name>.py`. A case whose
# first line mentions "Python 2" runs under CPython 2.7.18, every other
# case under CPython 3.9.18. Writes <name>.out (stdout), <name>.err
# (stderr, only when non-empty) and <name>.code (exit status, only when
# non-zero). Absolute paths of this directory are cut from both.
set -u
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then
    set -- $(ls *.py | sed 's/\.py$//')
fi
for name in "$@"; do
    if head -n 1 "$name.py" | grep -q "Python 2"; then
        version=2.7.18
    else
        version=3.9.18
    fi
    PYENV_VERSION=$version python "$name.py" > "$name.out" 2> "$name.err"
    status=$?
    # Tracebacks name files by absolute path; keep the expectations
    # independent of where the checkout lives.
    sed -i "s|$PWD/||g" "$name.out" "$name.err"
    [ -s "$name.err" ] || rm -f "$name.err"
    if [ $status -ne 0 ]; then echo $status > "$name.code"; else rm -f "$name.code"; fi
    echo "$name: CPython $version, exit $status"
done
