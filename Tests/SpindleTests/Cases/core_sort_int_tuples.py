# Sorting tuples of ints (lexicographic, prefixes first, stable), next to
# tuples that hold other kinds and lists that mix kinds.

pairs = []
for i in range(40):
    pairs.append(((i * 7919) % 13, -i, (i * 31) % 5))
pairs.sort()
print(pairs[:8])
print(pairs[-3:])

mixed_lengths = [(2,), (1, 5), (1,), (), (1, 5, 0), (1, 4, 9), (2, -1), (-3, 2)]
print(sorted(mixed_lengths))
print(sorted(mixed_lengths, reverse=True))

records = [(1, 2), (0, 9), (1, 2), (0, 9)]
tagged = [(r, n) for n, r in enumerate(records)]
print(sorted(tagged, key=lambda t: t[0]))
print(sorted(tagged, key=lambda t: t[0], reverse=True))

big = [(2 ** 70, 1), (5, 2), (-2 ** 70, 3), (5, 1)]
print(sorted(big))
floats = [(1.5, 2), (1, 3), (1.0, 1), (0.5, 9)]
print(sorted(floats))
strs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(strs))
bools = [(True, 1), (0, 2), (1, 0), (False, 5)]
print(sorted(bools))
nested = [((1, 2), 3), ((1, 1), 4)]
print(sorted(nested))
extremes = [(9223372036854775807, 0), (-9223372036854775808, 0), (0, 0)]
print(sorted(extremes))

try:
    sorted([(1, 2), 3])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError", e)

ints = [5, -1, 3, 3, 0, 2 ** 40]
ints.sort()
print(ints)
ints.sort(reverse=True)
print(ints)

plain = [3, -9223372036854775808, 9223372036854775807, 0, 3, -1, 2 ** 63 - 1]
print(sorted(plain), sorted(plain, reverse=True))
print(sorted([3, True, 0, False, 1]), sorted([1, True, 1.0], reverse=True))
print(sorted([5, 2 ** 64, -2 ** 64, 7]))
