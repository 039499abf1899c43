import io
import sys

sys.stdin = io.StringIO("World\nsecond line\nthird\nfourth\n")
name = input("Name? ")
print("hello", name)
print(sys.stdin.readline().rstrip())
rest = sys.stdin.readlines()
print(rest)
try:
    input("more> ")
except EOFError as e:
    print("EOFError:", e)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
sys.stdin = sys.__stdin__
print(sys.stdin.readable(), sys.stdin.name, sys.stdin.mode)
