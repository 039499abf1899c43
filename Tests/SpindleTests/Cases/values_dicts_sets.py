# dict and set behaviour
d = {"b": 1, "a": 2}
d["c"] = 3; d["b"] = 10
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", repr(e), e.args)
print(d.setdefault("b", 5), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d.popitem(), d)
e = dict(a=1, b=2); f = dict([(1, 2), (3, 4)]); g = dict({"k": "v"}, k2="v2")
print(e, f, g, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys("x", 1))
c = e.copy(); c["a"] = 100; print(e, c, e == {"b": 2, "a": 1}, e != c)
c.clear(); print(c, len(c), bool(c), bool(e))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[(1, 2)], {None: 0}[None])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError", e)
print("k" in {"k": 1}.keys(), 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items(), len({"a": 1}.items()))
print({"a": 1, "b": 2}.keys() & {"a"}, sorted({"a": 1}.keys() | {"z"}), {"a": 1}.keys() - {"a"}, {"a": 1}.keys() == {"a"})
ks = {1: 2}
for k, v in ks.items():
    print(k, v)
try:
    for k in ks:
        ks[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big), list(big)[:5])
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, {1, 2} < {1, 2}, {1, 2} >= {2}, {1} == {1.0})
print(set(), frozenset(), frozenset([1, 2]), sorted(set("aab")), {frozenset([1]): 1}, frozenset([1]) == {1})
t = {1, 2, 3}
print(t.union([4], (5,)), t.intersection([2, 3, 9]), t.difference([1]), t.symmetric_difference([3, 4]), t.issubset(range(10)), t.issuperset([1]), t.isdisjoint([7]))
u = set([1, 2]); u.update([3], {4}); u |= {5}; u &= {1, 2, 3, 5}; u -= {1}; u ^= {2, 9}; print(u, u.copy(), u.pop() in {3, 5, 9})
u.clear(); print(u)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print(sorted({"b", "a", "c"}), sorted({3: 1, 1: 2}), len(frozenset("hello")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1.0, "a")), hash("abc") == hash("ab" + "c"))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return "P(%r)" % self.x
pd = {P(1): "one", P(2): "two"}
print(pd[P(1)], P(2) in pd, P(3) in pd, len({P(1), P(1), P(2)}), pd)
class Q:
    def __eq__(self, o): return True
try:
    {Q(): 1}
except TypeError as e:
    print("TypeError", e)
class R: pass
r1 = R(); print({r1: 1}[r1], r1 in {R(): 2})
s = set(range(8)); s.remove(3); s.add(35); print(s)
s = {1, 2, 3}; s.discard(2); s.add(10); print(s, s.pop(), s.pop(), s)
print({5, 1, 3, 100, -1, 64}, set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 17, 33]), {1.5, 2, 0.5}, {(1, 2), None} == {None, (1, 2)})
print({1, 2, 3, 40} & {40, 3}, {40, 3} & {1, 2, 3, 40}, {1, 2, 3} | {33, 17}, set(range(20)) - {1}, {1, 2} ^ {2, 17, 9})
x = set(range(40)); x -= set(range(35)); print(x, x | {1})
