# Operator fast paths: ints overflowing into big ints, floats, int/float
# mixes, bools, Python's floor division and modulo signs, the
# ZeroDivisionError messages, and operator methods on instances.
import sys

big = sys.maxsize


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def ints(a, b):
    print(a + b, a - b, a * b)
    show("floordiv", lambda: a // b)
    show("mod", lambda: a % b)
    show("truediv", lambda: a / b)
    show("pow", lambda: a ** b if abs(b) < 70 else None)
    print(a & b, a | b, a ^ b)
    show("lshift", lambda: a << (b % 70))
    show("rshift", lambda: a >> (b % 70))


for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (big, 1), (-big - 1, -1),
             (big, big), (-big - 1, 1), (2, 63), (3, 40), (1 << 40, 1 << 30), (-1, 63)]:
    print("ints", a, b)
    ints(a, b)


def floats(a, b):
    show("add", lambda: a + b)
    show("sub", lambda: a - b)
    show("mul", lambda: a * b)
    show("div", lambda: a / b)
    show("floordiv", lambda: a // b)
    show("mod", lambda: a % b)
    show("pow", lambda: a ** b)


for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2), (7, -2.5), (0.1, 0.2), (1.0, 0.0),
             (1, 0.0), (1.0, 0), (0.0, -1.0), (0, -1.5), (2.0, 0.5), (-8.0, 3), (1e308, 10.0),
             (1e308, 1e308), (3, 0.5), (-0.0, 1.0), (5.0, float("inf")), (-5.0, float("inf")),
             (2, 1024.0), (float("nan"), 1.0), (1 << 60, 3.0), (big, 1.0)]:
    print("floats", a, b)
    floats(a, b)

# Bools keep their own rules.
print(True + 1, True + True, True - 2.5, True * 3, -True, -False, True & False, True | 0, True ^ True)
print(False // 1, True % 2, True / 2, True ** 2, 1.5 + False)
show("bool zero", lambda: 1 // False)
show("float zero", lambda: 2.5 % False)

# Unary minus.
print(-(0.0), -(-0.0), -1.5, -(-big - 1), -(float("inf")))
x = 2.5
print(-x, -(-x), +x)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + int(other * 100))

    def __radd__(self, other):
        return Money(self.cents + int(other * 100))

    def __sub__(self, other):
        return NotImplemented

    def __rsub__(self, other):
        return "rsub(%r)" % (other,)

    def __lt__(self, other):
        return "lt(%r)" % (other,)

    def __repr__(self):
        return "Money(%d)" % self.cents


m = Money(150)
print(m + 1, 1 + m, m + 2.5, 2.5 + m, m + m, True + m)
print(3 - m, 1.5 - m)
show("sub", lambda: m - 3)
print(m < 2, 2 > m, m < 2.0)


class Left:
    def __add__(self, other):
        return "Left.add"


class Right(Left):
    def __radd__(self, other):
        return "Right.radd"


print(Left() + Right(), Right() + Left(), 1 + Right(), Right() + 1)
show("str+int", lambda: "a" + 1)
show("int+str", lambda: 1 + "a")
show("float&int", lambda: 1.5 & 1)
show("int@int", lambda: 1 @ 2)
show("none+1", lambda: None + 1)
print("ab" * 2, 2 * [1], (1,) + (2,), [1] + [2])


def accumulate():
    i = 0
    f = 0.0
    n = big - 3
    for k in range(6):
        i += k
        f += k * 0.5
        n += k
        f -= 0.25
        i -= 1
        n -= -1
    s = "x"
    s += "y"
    lst = [1]
    alias = lst
    lst += [2]
    t = 7
    t //= -2
    u = 7.0
    u %= -3
    v = 3
    v **= 50
    w = 10
    w /= 4
    return i, f, n, s, lst, alias, t, u, v, w


print(accumulate())


# An int literal on the right of each operator.
def with_literals(x):
    out = []
    for thunk in (lambda: x + 1, lambda: x - 1, lambda: x * 3, lambda: x / 2, lambda: x // -3,
                  lambda: x % -3, lambda: x ** 2, lambda: x & 6, lambda: x | 1, lambda: x ^ 5,
                  lambda: x << 3, lambda: x >> 1, lambda: x % 0, lambda: x // 0, lambda: x / 0,
                  lambda: x ** -1, lambda: x << -1):
        try:
            out.append(repr(thunk()))
        except Exception as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    print(repr(x), " ".join(out))


for x in [7, -7, 0, big, -big - 1, 1 << 62, 7.5, -0.0, True, False, "s", None, [1], m]:
    with_literals(x)
