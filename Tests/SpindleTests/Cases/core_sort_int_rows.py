# Sorting lists of equal-length int tuples (the common record shape):
# ties keep their order, reverse keeps ties in order too, and anything
# that is not such a list (other lengths, other element kinds) still sorts
# the way CPython does.

rows = [(i % 3, (i * 7) % 4, i % 2) for i in range(24)]
tagged = [(r, n) for n, r in enumerate(rows)]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(tagged, key=lambda t: t[0])[:6])
print(sorted(tagged, key=lambda t: t[0], reverse=True)[:6])

pairs = [(b, a) for a in range(3) for b in (2, -1, 2)]
pairs.sort()
print(pairs)
pairs.sort(reverse=True)
print(pairs)

singles = [(5,), (-2,), (5,), (0,)]
print(sorted(singles), sorted(singles, reverse=True))
print(sorted([(), (), ()]))
print(sorted([(2 ** 63 - 1, 0), (-2 ** 63, 0), (0, 2 ** 63 - 1), (0, -2 ** 63)]))
print(sorted([(1, 2, 3), (1, 2), (1, 2, 3)]))
print(sorted([(1, 2), (1, 2.5), (1, 1)]))
print(sorted([(1, True), (1, 0), (True, -1)]))
print(sorted([(1, 2 ** 70), (1, 5), (0, 2 ** 65)]))
ids = [(1, 2), (1, 2), (0, 0)]
out = sorted(ids)
print(out, out[1] is ids[0], out[2] is ids[1])
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)
