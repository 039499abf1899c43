# Tuples of every small length (stored inline) and longer ones (stored in
# an array) must behave alike: indexing, unpacking, iteration, hashing,
# comparison, concatenation, slicing, membership and sorting.

def show(t):
    n = len(t)
    print(n, t, repr(t), bool(t))
    if n:
        print(" ends", t[0], t[-1], t[n - 1], t[-n])
    for bad in (n, -n - 1):
        try:
            t[bad]
        except IndexError as e:
            print(" IndexError", e)
    print(" iter", [x for x in t], list(reversed(t)), sum(1 for _ in t))
    print(" slices", t[1:], t[:-1], t[::2], t[::-1])
    print(" ops", t + (9,), (9,) + t, t * 2, 0 in t, 3 in t, t.count(1), t == tuple(list(t)))
    print(" hash", hash(t), hash(t) == hash(tuple(list(t))), hash(t) == hash(t + ()))


samples = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (5, 1, 4, 1, 3, 2)]
for s in samples:
    show(s)

# Unpacking into locals, attributes and nested targets.
a, b = (1, "x")
c, d, e = (2.5, None, [1])
f, g, h, i = (1, 2, 3, 4)
(j, k), l = ((1, 2), 3)
first, *rest = (1, 2, 3)
print(a, b, c, d, e, f, g, h, i, j, k, l, first, rest)
try:
    m, n = (1, 2, 3)
except ValueError as err:
    print("ValueError", err)
try:
    m, n, o = (1, 2)
except ValueError as err:
    print("ValueError", err)


class Box:
    pass


box = Box()
box.x, box.y = (10, 20)
print(box.x, box.y)

# Element evaluation order in displays.
log = []


def note(v):
    log.append(v)
    return v


print((note(1), note(2)), (note(3), note(4), note(5)), log)

# Comparisons between different lengths and element types.
print((1, 2) < (1, 2, 3), (1, 2, 3) < (1, 3), (1, 2, 3, 4) > (1, 2, 3), (1, "a") < (1, "b"))
print((1, 2) == (1, 2), (1, 2) != (1, 2, 3), (1.0, 2) == (1, 2.0), (1, 2, 3) == (1, 2, 4))
try:
    (1, "a") < (1, 2)
except TypeError as err:
    print("TypeError", err)

# Sorting tuples (the int-tuple fast path and the general path).
pairs = [(3, -1, 7), (1, 0, 2), (3, -2, 9), (1, 0, 1), (2,), (2, 5, 6, 7), ()]
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))

# Tuples as dict keys and set members, from items() and enumerate().
d = {(1, 2): "a", (1, 2, 3): "b", (1, 2, 3, 4): "c", (): "d", (1,): "e"}
print(d[(1, 2)], d[1, 2, 3], d[(1, 2, 3, 4)], d[()], d[(1,)])
print(sorted(d.items()), sorted(enumerate("abc")), {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
for key, value in sorted({"q": 1, "p": 2}.items()):
    print(key, value)
print(tuple(range(5)), tuple("ab"), tuple([None, True, 1.5]))
print("%s-%s" % (1, 2), "%d %d %d" % (1, 2, 3), "%s" % ((1, 2),))
