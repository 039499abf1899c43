# Python 3: str.format with positional, named, attribute and index fields
class P:
    def __init__(self):
        self.x = 3
        self.items = ["a", "b"]
print("{} and {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="hi"))
print("{0.x} {0.items[1]} {d[k]} {l[0]}".format(P(), d={"k": "v"}, l=[9]))
print("{{literal}} {}".format(5), "{!r} {!s}".format("q", "q"), "{0!r:>6}".format("a"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "m"))
print("{:5d}|{:05d}|{:+d}|{: d}|{:,}|{:x}|{:#X}|{:o}|{:b}|{:#b}".format(42, 42, 42, 42, 1234567, 255, 255, 8, 5, 5))
print("{:.2f}|{:10.3f}|{:e}|{:.3g}|{:%}|{:.1%}|{:g}".format(3.14159, 2.5, 12345.678, 0.000123456, 0.25, 0.125, 1e20))
print("{:<5}|{:>5}|{:^5}".format(1, 2, 3), "{:=+6d}".format(-5), "{:s}".format("s"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e)
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError", e)
