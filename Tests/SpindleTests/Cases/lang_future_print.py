# Python 2: from __future__ import print_function enables print()
from __future__ import print_function
import sys
print("a", "b", sep="-")
print("x", end="|")
print("y")
print("err", file=sys.stderr)
print()
print(*[1, 2, 3], sep=", ")
p = print
p("via alias")
