# Python 3: calling the built-in types directly (one, two and keyword arguments) and through __new__
print(int(" 12 "), int("1_000"), int(3.9), int(-3.9), int("z", 36), int(True), int(), int("0x1f", 0))
print(int("12", base=8), int(x="7") if False else int("7"), int(2 ** 70) == 2 ** 70, type(int(2.0 ** 70)))
print(float("1.5"), float(" -2 "), float(3), float(), float("inf"), str(1.0), str(10 ** 20))
print(str(12), str(-7), str(None), str(True), str("x"), str(), str(b"ab", "ascii"), repr(str([1, "a"])))
print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool(range(0)))
print(list(), list("abc"), list(range(3)), tuple(), tuple("ab"), tuple([1, 2]), sorted(set("abca")))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), frozenset([1]), set(), slice(3), slice(1, 2))
print(list(range(5)), list(range(2, 5)), list(range(5, 0, -2)), len(range(10 ** 6)))
for bad in [lambda: int("1.5"), lambda: int("z"), lambda: int(" "), lambda: int(None), lambda: int([]),
            lambda: float("x"), lambda: range(1.5), lambda: range(0, 5, 0), lambda: range(),
            lambda: int("1", 1), lambda: int(5, 10), lambda: list(1), lambda: tuple(1, 2),
            lambda: bool(1, 2), lambda: range(1, 2, 3, 4), lambda: int(1, 2, 3), lambda: str(1, 2),
            lambda: int(y=1), lambda: int(x="7"), lambda: int("7", 8, base=8), lambda: int(base=8),
            lambda: str(b"a", errors=1), lambda: str(x=5), lambda: str(1, 2, 3, 4), lambda: str(5, "utf-8")]:
    try:
        print("no error", bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Custom:
    def __str__(self):
        return "custom str"

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3


c = Custom()
print(str(c), int(c), float(c), list(range(c)), list(range(1, c)))


class WithNew:
    def __new__(cls, x):
        print("WithNew.__new__", cls.__name__, x)
        return super().__new__(cls)

    def __init__(self, x):
        print("WithNew.__init__", x)
        self.x = x


w = WithNew(5)
print(w.x, type(w).__name__)


class Subclass(WithNew):
    pass


print(Subclass(6).x)


class NotInstance:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never runs")


print(NotInstance(21))
print(int.__new__(int, "8"), str.__new__(str, 5), list.__new__(list), float.__new__(float, "1.25"))


class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True


d = D(a=1)
print(d, d.extra, type(d).__name__)


class L(list):
    pass


print(L("ab"), type(L()).__name__, isinstance(L(), list))
f = int
print(f("5") + 1, [t("1") for t in (int, float, str)])
print(list(map(int, ["1", "2"])), list(map(str, [1, 2])), sorted(["b", "a"], key=str.upper))
