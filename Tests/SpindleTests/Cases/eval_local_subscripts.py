# Subscripts of containers held in local variables, read and updated in
# place (`a[0]`, `a[i]`, `a[3] -= x`), and every case that has to take the
# general path.


def reads(a, t, d, i, k):
    return a[0], a[i], a[-1], t[1], t[i], t[-2], d["x"], d[k], d[2], d[2.0]


print(reads([1, 2.5, "s"], (4, 5, 6), {"x": 1, "y": 2, 2: "two"}, 1, "y"))


def read_errors(a, t, d):
    for thunk in (lambda: a[3], lambda: a[-4], lambda: t[5], lambda: d["missing"],
                  lambda: d[[1]], lambda: a["x"], lambda: a[1.0]):
        try:
            print(thunk())
        except (IndexError, KeyError, TypeError) as e:
            print(type(e).__name__, e)


read_errors([1, 2, 3], (1,), {})


def constant_index_errors(a):
    try:
        return a[5]
    except IndexError as e:
        return "IndexError: " + str(e)


print(constant_index_errors([1]), constant_index_errors("abc" * 2))


def not_subscriptable(x):
    try:
        return x[0]
    except TypeError as e:
        return "TypeError: " + str(e)


print(not_subscriptable(5), not_subscriptable(None), not_subscriptable(2.5))


def unbound():
    try:
        return c[0]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    c = [1]


unbound()


def bool_index(a, b):
    return a[True], a[False], a[b]


print(bool_index([10, 20], True))


def updates(a, i):
    a[0] += 1
    a[i] -= 2.5
    a[-1] *= 3
    a[2] /= 4
    a[i] **= 2
    a[0] //= 2
    a[0] %= 3
    a[-1] <<= 2
    a[-1] |= 1
    a[-1] ^= 6
    a[-1] &= 0xff
    a[-1] >>= 1
    return a


print(updates([7, 1.5, 10, 5], 1))


def overflow(a, d, i, k):
    for _ in range(3):
        a[0] += 2 ** 62
        a[i] *= 2 ** 40
        a[1] -= 2 ** 62
        d[k] <<= 30
        d["v"] += d[k]
    a[2] = -2 ** 63
    a[2] -= 1
    a[2] //= -1
    return a, d


print(overflow([1, -1, 0], {"k": 3, "v": 0}, 1, "k"))


def float_edges(a, i):
    out = []
    for op in ("div", "floordiv", "mod", "intdiv"):
        try:
            if op == "div":
                a[0] /= 0.0
            elif op == "floordiv":
                a[i] //= 0.0
            elif op == "mod":
                a[i] %= 0
            else:
                a[2] //= 0
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    nan = float("nan")
    a[0] = nan
    a[0] += 1.0
    a[i] = 1e308
    a[i] *= 10
    out.append((a[0] == a[0], a[0] != a[0], a[0] < 1.0, a[i], -a[i]))
    return out


print(float_edges([1.0, 2.0, 3], 1))


def mixed(a):
    a[0] += True
    a[1] += 2
    a[2] -= 1.5
    a[3] += True
    a[4] &= False
    return a, [type(x).__name__ for x in a]


print(mixed([1, 2.5, 3, True, True]))


def objects(a, i):
    s = a[0]
    inner = a[1]
    a[0] += "tail"
    a[i] += [3]
    a[2] += (4,)
    return a, s, a[1] is inner, inner


print(objects(["head", [1, 2], (1,)], 1))


def tuple_update(t):
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError:", e)
    return t


print(tuple_update((1, 2)))


def missing_key(d, k):
    try:
        d[k] += 1
    except KeyError as e:
        print("KeyError", e)
    d.setdefault(k, 0)
    d[k] += 1
    return d


print(missing_key({}, "n"))


def index_error_before_value(a):
    def value():
        print("value evaluated")
        return 1
    try:
        a[5] += value()
    except IndexError as e:
        print("IndexError:", e)
    a[0] += value()
    return a


print(index_error_before_value([0]))


class Logged:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("getitem", key)
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value


class Amount:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        print("iadd", self.n, other)
        return Amount(self.n + other)

    def __mul__(self, other):
        print("mul", self.n, other)
        return self.n * other

    def __repr__(self):
        return "Amount(%d)" % self.n


def custom(c, k):
    c[k] += 5
    c[0] -= 2
    return c.data


print(custom(Logged(), "a"))


def custom_operand(a, m):
    a[0] += m * 3
    a[1] += 4
    return a


print(custom_operand([1, Amount(2)], Amount(7)))


class CountingList(list):
    def __getitem__(self, i):
        print("CountingList getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("CountingList setitem", i, v)
        list.__setitem__(self, i, v)


def subclass(a, i):
    a[0] += 1
    a[i] *= 2
    return a[0], a[i], list(a)


print(subclass(CountingList([1, 2]), 1))


def keys_from_locals(d, f, n, b):
    d[f] += 1
    d[n] += 1
    d[b] += 1
    return d[f], d[n], d[b], d


print(keys_from_locals({1.5: 0, None: 10, True: 20}, 1.5, None, True))


def rebinding_in_value(a):
    b = a
    a[0] += len(a)
    a = [100]
    b[1] += a[0]
    return a, b


print(rebinding_in_value([1, 2]))


def nbody_like(bodies, dt):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for a, b in pairs:
        dx = a[0] - b[0]
        d2 = dx * dx
        mag = dt / (d2 * (d2 ** 0.5))
        a[1] -= dx * b[2] * mag
        b[1] += dx * a[2] * mag
    for b in bodies:
        b[0] += dt * b[1]
    return bodies


print(nbody_like([[0.0, 0.0, 10.0], [1.0, 0.5, 1.0], [3.0, -0.5, 2.0]], 0.01))
