class L(list):
    def __repr__(self): return "L" + list.__repr__(self)
    def __getitem__(self, i): return "item%d" % i
    def __len__(self): return 42
    def __contains__(self, x): return x == "magic"
    def __eq__(self, o): return "eq-called"
l = L([1, 2])
l.append(3)
print(l, str(l), l[0], len(l), "magic" in l, 1 in l, l == 5, list(l), l + [4], [l])
class D(dict):
    def __missing__(self, k): return k * 2
    def __setitem__(self, k, v): dict.__setitem__(self, k, v * 10)
d = D(a=1)
d["b"] = 2
print(d, d["b"], d.get("zz"), len(d), sorted(d))
class Plain(list): pass
p = Plain("ab"); p += ["c"]; print(p, p == ["a", "b", "c"], type(p).__name__, p * 2)
print(d["q"], "q" in d)
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter()
for ch in "hello": c[ch] += 1
print(sorted(c.items()))
