#!/usr/bin/env python3
"""Call counts from a callgrind output file, which callgrind_annotate does not print.

    bench/callgrind_calls.py callgrind.out            # the 40 most called functions
    bench/callgrind_calls.py callgrind.out PATTERN    # calls of functions matching PATTERN,
                                                      # split by caller
    bench/callgrind_calls.py callgrind.out PATTERN --total   # only the number
Names are printed mangled; pipe through `swift demangle --simplified` to read them.
"""

import collections
import re
import sys

COMPRESSED = re.compile(r"\((\d+)\)(?: (.*))?")


class CallCounts:
    """Calls per callee and per (caller, callee) pair."""

    def __init__(self, path):
        self.names = {}
        self.per_callee = collections.Counter()
        self.per_pair = collections.Counter()
        caller = callee = None
        with open(path) as f:
            for line in f:
                if line.startswith("fn="):
                    caller = self.name(line[3:].strip())
                elif line.startswith("cfn="):
                    callee = self.name(line[4:].strip())
                elif line.startswith("calls="):
                    count = int(line[6:].split()[0])
                    self.per_callee[callee] += count
                    self.per_pair[(caller, callee)] += count

    def name(self, token):
        """Resolves callgrind's name compression: `(12) name` defines id 12, `(12)` reuses it."""
        match = COMPRESSED.match(token)
        if not match:
            return token
        if match.group(2) is not None:
            self.names[match.group(1)] = match.group(2)
        return self.names.get(match.group(1), token)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    counts = CallCounts(sys.argv[1])
    if len(sys.argv) == 2:
        for name, count in counts.per_callee.most_common(40):
            print("%12d  %s" % (count, name))
        return
    pattern = re.compile(sys.argv[2])
    total = sum(c for name, c in counts.per_callee.items() if pattern.search(name))
    if "--total" in sys.argv[3:]:
        print(total)
        return
    print("%12d  calls of /%s/" % (total, sys.argv[2]))
    for (caller, callee), count in counts.per_pair.most_common():
        if pattern.search(callee) and count * 1000 >= total:
            print("%12d  %s -> %s" % (count, caller, callee))


if __name__ == "__main__":
    main()
