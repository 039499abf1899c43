# Python 3: percent formatting of ints, floats and text at every flag, width and precision, exact fixed-point digits
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1 / 3, 2 / 3, -1 / 7, 0.1, 0.7, 1e-5, 5e-324,
          2.2250738585072014e-308, 123456.789, 999.9995, 9.995, 1e15 + 0.3, 2.0 ** 52 + 0.5, 1e18, 9.2e18,
          9.3e18, 1e22, 1.7976931348623157e308, 4503599627370497.5, 0.05, 0.15, 0.25, 0.35, 12.5, 13.5]
for p in range(0, 21):
    print(p, " ".join(("%." + str(p) + "f") % v for v in values[:18]))
    print(p, " ".join(("%." + str(p) + "f") % v for v in values[18:]))
for i in range(-3, 40):
    v = i * 0.1 + i / 1000
    print("%f %.1f %.2f %.3f %6.2f %-8.3f| %08.2f %+.2f % .2f %#.0f %.0f %e %g %F" % ((v,) * 14))
print("%f %F %5.1f %-6f| %06f %+f" % (float("inf"), float("-inf"), float("nan"), float("inf"), float("-inf"), float("nan")))
ints = [0, 1, -1, 7, -42, 255, 65535, 2 ** 31, -2 ** 63, 2 ** 63 - 1, 2 ** 64, -2 ** 100, True, False]
for n in ints:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%8.4d|%x|%#X|%#o|%#08x|%-#8o|%+x|%i|%u" % ((n,) * 16))
print("%d %d %i %x" % (3.99, -3.99, 1e20, 255), "%d" % 1e300 == str(int(1e300)))
texts = ["", "a", "abc", "héllo", "日本語", "e\u0301", "tab\tx", "%", "%%"]
for t in texts:
    print("[%s] [%5s] [%-5s] [%.2s] [%5.1s] [%-6.4s] [%r] [%a] [%05s] [%c]" % (t, t, t, t, t, t, t, t, t, "x"))
print("%c%c%c" % (72, "i", 0x1F600), "%-3c|%3c" % ("a", 98), "%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25})
print("héllo %s wörld %d %%" % ("ü", 5), "%s" % "日本", "é%sé" % "ü", "%s%s%s" % ("a", "é", "日"))
print("%s %s" % (None, [1, "a"]), "%r" % {"k": (1,)}, "%s" % ((1, 2),), "%.3s" % 12345, "%5.2s|" % None)
print("%*s|%-*s|%.*s|%*.*f" % (5, "a", -4, "b", 2, "xyz", 7, 2, 3.14159), "%-*d|" % (-5, 3))
print("%s" % b"ab", "%d%%" % 50, "%.2f%%" % 12.345, "%i" % True, "%%%s%%" % "x")


class Num:
    def __index__(self):
        return 7

    def __float__(self):
        return 1.5

    def __str__(self):
        return "Num!"

    def __repr__(self):
        return "<Num>"


n = Num()
print("%s %r %d %x %f %.1e" % (n, n, n, n, n, n))
for fmt, args in [("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%d %d", (1,)),
                  ("%s", (1, 2)), ("%z", 1), ("%é", 1), ("ab%", ()), ("%(a", {"a": 1}), ("%(a)s", (1,)),
                  ("%*d", ("x", 1)), ("%d", float("nan")), ("%d", float("inf")), ("%.", 1), ("%5", 1), ("é%y", 1),
                  ("%c", 1.5), ("%o", 2.0), ("%s %(a)s", {"a": 1}), ("%3%|", ()), ("%-5%|", ()), ("%3%|", (1,)),
                  ("%.2%|%s", (5,)), ("%(x)%|", {"x": 1}), ("%s%5%", (1,)), ("%05f|%05f|%-6f|%+06f", (float("nan"), float("inf"), float("-inf"), float("inf")))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
