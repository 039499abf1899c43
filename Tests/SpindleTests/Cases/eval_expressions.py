# Python 3: operators, comparisons, boolean operators, conditionals, displays.
print(1 + 2 * 3 - 4 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -(2 ** 63) - 1)
print(9223372036854775807 + 1, 3 * 1.5, 1e300 * 10)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3])
x = 1
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print(0 or "x", "" or 0, 1 and 2, 0 and 1, None or [] or "last")
print(not 0, not [1], 1 if True else 2, "yes" if [] else "no")
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", None is None, x is not None)
print((1, 2) + (3,), [0] * 3, "ab" * 2, "%s-%d-%.2f" % ("s", 4, 2.5))
print({1: "a", **{2: "b"}}, {*[1, 2], 3}, [*range(3), *"ab"], (*[1], 2))
s = "hello world"
print(s[1], s[-1], s[1:4], s[::-1], s[:3], s[6:], s[::2])
l = list(range(10))
l[2:5] = ["x"]
print(l, l[1:8:3])
print((lambda a, b=2: a * b)(3), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(x=1, y=2))
print(-3, +3, -(-3), not None)
print(type(1 // 1.0), 10 / 4, 2 ** 0.5 > 1.41)
print(..., Ellipsis is ...)
