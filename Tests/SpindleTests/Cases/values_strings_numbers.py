# str, int and float behaviour through the evaluator
s = "Hello, World"
print(s[0], s[-1], s[2:5], s[::-1], s[::3], len(s), s * 2, "x" + s, s.lower(), s.upper(), s.swapcase())
print(s.find("o"), s.rfind("o"), s.index("World"), s.count("l"), s.replace("l", "L", 2), s.split(", "), s.partition(" "))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "World" in s, "world" not in s, s < "Help", s == "Hello, " + "World")
print("a-b-c".rsplit("-", 1), "  pad ".strip(), "xxhixx".strip("x"), "tab\tsep".expandtabs(4), "ab".center(7, "*"), "7".zfill(3))
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "def"), "%d %i %05.1f %e %g %x %o %c %%" % (1, -2, 3.14159, 12345.6789, 0.00001, 255, 8, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "{} {}".format(1, "two"), "{0:>5}|{1:<5}|{2:^5}".format("r", "l", "c"))
print("{:,}".format(1234567), "{:08.3f}".format(-3.14159), "{:+d}".format(5), "{:#x}".format(255), "{!r}".format("q"), "{:%}".format(0.125))
print(format(1e100), format(123.456, ".1e"), format(12, "b"), str(1.0), str(1e16), str(1.5e-7), repr(0.1 + 0.2), 1 / 3)
print(2 ** 64, -2 ** 63, 2 ** 100 // 3, 2 ** 100 % 7, (-7) // 2, (-7) % 2, 7 // -2, divmod(-7, 2), 10 / 4, 10 // 4, 2 ** -2)
print(int("42"), int(" -17 "), int("0b101", 0), int("z", 36), int(2.9), int(-2.9), float("1e3"), float(" .5 "), round(2.5), round(0.125, 2))
print(abs(-5), abs(-2.5), max(1, 2.5), min("b", "a"), sum(range(101)), pow(2, 10), pow(2, 10, 1000), hex(-1), oct(64), bin(10))
print(True + True, True * 3, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 3, -16 >> 2, 3 == 3.0, 0.1 + 0.2 == 0.3, 1 < 2 < 3, 3 > 2 > 2)
print(chr(65), ord("a"), chr(233), ord("é"), "é".encode("utf-8"), b"abc".decode(), len("héllo"), "héllo"[1], list("hé"))
print(str(None), str(True), repr("it's"), repr('"q"'), repr("\n\t\\"), ascii("é"), str(b"x"), bool(""), bool("0"), bool(0.0), bool([0]))
for word in "the quick brown fox".split():
    print(word.capitalize(), end=" ")
print()
print(", ".join(str(i) for i in range(5)), "".join(reversed("abc")), "-".join(map(str, [1, 2, 3])))
print(sorted("banana"), sorted(["b", "A", "c"], key=str.lower), "a,b,,c".split(","), "  x  y ".split(), "l1\nl2\r\nl3".splitlines())
print(1e16, 1.0e15, 123456789.0, 0.0001, 0.00001, -0.0, float("inf"), -float("inf"), float("nan"), 2.5e-5 * 4)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    int("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 0xff; x >>= 1
print(x, 7.0 // 2, 7.5 % 2, -7.5 // 2, 2 ** 0.5, 10 ** 20, 10.0 ** 20, 3 * 1.1)
