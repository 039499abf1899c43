# Python 3: runaway recursion raises RecursionError instead of crashing.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as err:
    print("RecursionError:", err)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
import sys
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4500))
