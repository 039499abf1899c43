# for loops over lists and tuples, pair unpacking into locals, and local
# int updates (`i += 1`, `x <<= k`, `if k & 1`), including the cases the
# direct paths must hand to the general protocol.
import sys


def over_list(items):
    seen = []
    for x in items:
        seen.append(x)
    else:
        seen.append("done")
    return seen


print(over_list([1, "a", None, 2.5]), over_list([]), over_list((3, 4)), over_list(()))


def growing(items):
    seen = []
    for x in items:
        seen.append(x)
        if x < 5:
            items.append(x + 10)
    return seen


print(growing([1, 7, 2]))


def shrinking(items):
    seen = []
    for x in items:
        seen.append(x)
        if items:
            items.pop()
    return seen, items


print(shrinking([1, 2, 3, 4, 5]))


def rebinding_source(items):
    seen = []
    for x in items:
        seen.append(x)
        items = [99]
    return seen, items


print(rebinding_source([1, 2, 3]))


def breaks(items):
    for x in items:
        if x == "stop":
            break
    else:
        return "no stop"
    return "stopped at " + str(x)


print(breaks(["a", "stop", "b"]), breaks(("a", "b")))


class Doubling(list):
    def __iter__(self):
        for x in list.__iter__(self):
            yield x
            yield x


print(over_list(Doubling([1, 2])))


class Pairs(list):
    def __iter__(self):
        return iter([("sub", "class")])


def pairs(items):
    out = []
    for a, b in items:
        out.append((b, a))
    return out


print(pairs([(1, 2), [3, 4], "xy", (5, 6)]), pairs({"k": "v"}.items()), pairs(Pairs([(1, 2)])))


def bad_pairs(items):
    for value in items:
        try:
            a, b = value
            print("unpacked", a, b)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


bad_pairs([(1, 2, 3), (1,), (), 5, None, [1, 2], "ab", "abc", iter([7, 8])])


def same_name(t):
    a, a = t
    return a


def swap(a, b):
    a, b = b, a
    return a, b


def objects_in_slots():
    a, b = [1], [2]
    keep = a
    a, b = ("x", "y")
    return a, b, keep


print(same_name((1, 2)), swap(1, "two"), objects_in_slots())


def int_updates(i, x, k):
    i += 1
    i -= 3
    x *= k
    x //= 4
    x %= 7
    x <<= 3
    x >>= 1
    x |= 64
    x ^= 5
    x &= 0x7f
    k **= 3
    k /= 2
    return i, x, k


print(int_updates(10, -37, 6))


def overflowing(n):
    m = sys.maxsize
    a = m
    a += 1
    b = -m
    b -= 2
    c = m
    c *= n
    d = 1
    d <<= 70
    e = m
    e += n
    f = -m - 1
    f //= -1
    return a, b, c, d, e, f


print(overflowing(3))


def zero_division(n):
    out = []
    for op in ("floordiv", "mod", "div"):
        x = 7
        try:
            if op == "floordiv":
                x //= n
            elif op == "mod":
                x %= n
            else:
                x /= n
        except ZeroDivisionError as e:
            out.append(str(e))
        out.append(x)
    return out


print(zero_division(0))


def signs(a, b):
    x, y, z = a, a, a
    x //= b
    y %= b
    z **= -1 if b < 0 else 2
    return x, y, z


print(signs(-7, 2), signs(7, -2), signs(-7, -2))


def not_ints(a):
    x = a
    x += 1
    y = 1
    y += a
    z = 5
    z -= True
    return x, y, z, type(z).__name__


print(not_ints(2.5), not_ints(True), not_ints(2 ** 70))
try:
    not_ints("s")
except TypeError as e:
    print("TypeError:", e)


def unbound_update():
    try:
        q += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 0


unbound_update()


def bit_tests(values):
    out = []
    for v in values:
        if v & 1:
            out.append("odd")
        else:
            out.append("even")
        out.append(bool(v & 6))
    return out


print(bit_tests([0, 1, 2, 3, -1, -2, 2 ** 70 + 1, True, False]))


class Flags:
    def __and__(self, other):
        print("and", other)
        return 0


def custom_and(v):
    if v & 4:
        return "set"
    return "clear"


print(custom_and(Flags()))
try:
    custom_and(1.5)
except TypeError as e:
    print("TypeError:", e)


def returns_local(flag):
    if flag:
        result = [flag]
        return result
    return result


print(returns_local(3))
try:
    returns_local(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def returns_in_loop(items):
    for x in items:
        if x > 1:
            return x
    return items


print(returns_in_loop([0, 5, 9]), returns_in_loop([1]))
