# Python 3: print() with sep, end and file
import sys
print(1, 2, 3, sep="")
print("a", "b", sep=" :: ", end=" <end>\n")
print("no", end="")
print(" newline")
print("x", "y", sep=None, end=None)
print(file=sys.stdout)
print("to", "stderr", file=sys.stderr, sep="_")
print(*"abc")
print([1, "s"], (1,), {"k": None})
print(None, True, 1.0, -0.0)
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
s = Sink()
print("cap", 1, file=s, end="!")
print(s.parts)
