import sys
import io

print("a", "b", "c")
print("a", "b", sep="")
print("x", end="")
print("y")
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, sep=", ", end=".\n")
print()
print(sep="-")
print("no", "sep", sep=None, end=None)

buf = io.StringIO()
print("to", "buffer", file=buf)
print(42, file=buf, end="!")
print(repr(buf.getvalue()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


r = Recorder()
print("p", "q", file=r, sep="+")
print(r.calls)

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
text = sys.stdout.getvalue()
sys.stdout = saved
print("got", repr(text))

for bad in [dict(sep=1), dict(end=2), dict(foo=3)]:
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)

sys.stdout.write("direct\n")
print(sys.stdout.write("abc"))
sys.stdout.flush()
print(sys.stdout.isatty() in (True, False), sys.stdout.fileno() >= 0, sys.stderr.fileno() >= 0)
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("flushed", flush=True)
print(repr(exit), repr(quit))
