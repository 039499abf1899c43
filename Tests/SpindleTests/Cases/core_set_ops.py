# Python 3: set and frozenset operators and methods (integer elements, printed sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= a, {1} < a, a >= {1, 2}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
s = set(); s.add(3); s.add(3); s.update([1, 2]); s.discard(9); s.remove(1); print(sorted(s), len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s |= {10}; s &= {2, 3, 10}; s -= {3}; print(sorted(s))
f = frozenset([1, 2, 2])
print(f, type(f).__name__, f | {3}, type(f | {3}).__name__, frozenset() == set(), {f: 1}[frozenset({1, 2})])
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
print(set(), {1, 2} == {2, 1}, set("aab") == {"a", "b"}, len(set(range(100))), 3 in a, sorted({x % 3 for x in range(10)}))
print(set([5]).pop(), repr({7}), frozenset({9}))
