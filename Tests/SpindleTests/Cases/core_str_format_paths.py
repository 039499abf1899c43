# Python 3: str.format and format() with empty and common specs on ints, floats, str and non-ASCII templates
vals = [0, -1, 7, 2 ** 70, True, False, 0.0, -0.0, 1.5, 1 / 3, 1e16, 1e-5, float("inf"), float("nan"), "", "é", "日本", None, [1, "a"], (1,)]
for v in vals:
    print("{0}|{0!r}|{0!s}|{0!a}".format(v), "{}".format(v), format(v), format(v, ""), "{:>8}|{:<8}|{:^8}|".format(v, v, v) if not isinstance(v, (list, tuple)) and v is not None else "")
print("{:d} {:5d} {:<5d}| {:05d} {:+d} {:x} {:#X} {:,} {:_} {:b} {:o} {:c}".format(5, 5, 5, -5, 5, 255, 255, 1234567, 1234567, 5, 8, 97))
print("{:.2f} {:8.3f} {:<8.1f}| {:e} {:.3g} {:%} {:.1%} {:,.2f} {:f} {:F} {:g} {:.0f}".format(
    3.14159, 2.5, -1.25, 12345.678, 0.00012345, 0.25, 0.5, 1234567.891, 1e20, float("inf"), 1e-7, 2.5))
print("{:.3} {:>10.3} {:10} {:.0} {!r:>6} {:*^9} {:=+8}".format("abcdef", "héllo", "日本", "x", "a", "mid", 42))
print("héllo {} wörld {} {{}} {{{}}} ü".format("ü", 5, "x"), "{0}{1}{0}".format("é", "日"), "{a}-{b}".format(a="é", b=1))
print("{0[0]} {0[1]} {1[k]} {2.real} {2.imag}".format(["x", "y"], {"k": "v"}, 3), "{:{}}|{:{w}.{p}f}".format("a", 4, 2.5, w=7, p=2))
print("{}".format(2 ** 64), "{:d}".format(-2 ** 64), "{:,}".format(10 ** 12), "{:.2f}".format(2.675), "{:.1f}".format(0.25))
print("{!s:>5}|{!r:<6}|".format(1.5, "é"), "{:>5}".format(True), "{}".format(True), "{:d}".format(True))


class F:
    def __format__(self, spec):
        return "F<" + spec + ">"

    def __str__(self):
        return "F!"


print("{} {:abc} {!s} {!r:.3}".format(F(), F(), F(), F()).replace(hex(id(F)), ""))
print("{}".format(F()), format(F(), "x"), "{0} {0:q}".format(F()))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{1}", (1,), {}),
                      ("{x}", (), {}), ("{!}", (1,), {}), ("{!z}", (1,), {}), ("{!é}", (1,), {}), ("{!r x}", (1,), {}),
                      ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{0[}", ([1],), {}), ("{0.}", (1,), {}),
                      ("{:{:{:{}}}}", (1, 2, 3, 4), {}), ("{0]}", (1,), {}), ("{:x}", (1.5,), {}), ("{:,d}", ("a",), {}),
                      ("a{", (), {}), ("{0!}", (1,), {}), ("{:.}", (1.0,), {}), ("{:=}", ("s",), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(fmt, type(e).__name__, e)
print("{a} {b}".format_map({"a": 1, "b": "é"}))
for fmt in ["{!}", "{!}}", "{!}x}", "{!}:x}", "{0[}]}", "{0[}", "{0[]}", "{0[a}b]}", "{0[a]:}", "{0:[}", "{!日}", "{! }",
            "{0[a]x}", "{0!r:[}", "{!r", "{0", "{0:", "{:{}", "}}{{", "{0!r}", "{0[a]!s:>4}", "x{0[a]}y{{z}}"]:
    try:
        print(repr(fmt.format({"a": 1, "}": 2, "a}b": 3})))
    except Exception as e:
        print(fmt, type(e).__name__, e)
for d in [1e-4, 0.00012, 9.99e-5, 1e15, 123456789012345.6, 9007199254740992.0, 9.5e15, -9.711361806133296e15,
          9.999999999999998e15, 1e16, 1e22, 0.1, 1 / 3, 5e-324, 1.7976931348623157e308, -2.5e-300, 12345678.9, 2.0 ** 60]:
    print(repr(d), str(d), "%r" % d, "{}".format(d), "{!r}".format(-d), [d])
