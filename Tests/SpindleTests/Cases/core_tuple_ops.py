# Python 3: tuple construction, methods, comparison and unpacking
t = (3, 1, 4, 1, 5)
print(t, t.count(1), t.index(4), len(t), t + (9,), t[1:3], () , (1,), tuple("ab"), tuple([1, 2]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), 4 in t, max(t), min(t), sum(t))
a, *b = t; print(a, b)
*c, d = t; print(c, d)
x, (y, z) = 1, (2, 3); print(x, y, z)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], repr((None, "s", 1.5)))
