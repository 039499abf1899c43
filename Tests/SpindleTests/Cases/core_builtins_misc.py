# Python 3: chr, ord, format, repr of nested containers, len of various objects
print(chr(65), chr(97), ord("A"), ord("\n"), format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), format(1234567, ","))
print(len("abc"), len([1, 2]), len({1: 2}), len(set()), len(()), len(range(3)), len(b"ab") if True else 0)
print(repr([1, "a", (2,), {3: [4]}, None, True, 1.5]))
print(str([1, "a"]), repr({"k": "v"}), [[]], [()], ({},))
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
class R:
    def __repr__(self): return "R()"
    def __len__(self): return 7
print(R(), [R()], len(R()), str(R()), format(R(), ""))
