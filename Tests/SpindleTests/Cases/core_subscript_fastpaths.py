# Subscripts, item assignment, augmented item assignment and unpacking on
# exact lists, tuples and dicts, next to subclasses that override them.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)

lst = [10, 20, 30]
print(lst[0], lst[-1], lst[-3], lst[True], lst[False])
attempt("get 3", lambda: lst[3])
attempt("get -4", lambda: lst[-4])
attempt("get str", lambda: lst["a"])
attempt("get float", lambda: lst[1.0])
attempt("get big", lambda: lst[2 ** 70])

def set_item(c, k, v):
    c[k] = v
    return c

attempt("set -1", lambda: set_item(lst, -1, 33))
attempt("set 3", lambda: set_item(lst, 3, 0))
attempt("set -4", lambda: set_item(lst, -4, 0))
attempt("set True", lambda: set_item(lst, True, 21))

def aug(c, k, v):
    c[k] += v
    return c

attempt("aug -2", lambda: aug(lst, -2, 5))
attempt("aug 5", lambda: aug(lst, 5, 1))
attempt("aug str", lambda: aug(["a", "b"], 1, "c"))
attempt("aug float", lambda: aug([1.5, 2.5], 0, 0.25))
attempt("aug big", lambda: aug([2 ** 62], 0, 2 ** 62))

shrinking = [1, 2, 3]
def pop_and_give():
    shrinking.pop()
    return 1
def aug_shrinking():
    shrinking[2] += pop_and_give()
attempt("aug after shrink", aug_shrinking)
print(shrinking)

tup = (1, 2, 3)
print(tup[0], tup[-1], tup[True])
attempt("tuple 3", lambda: tup[3])
attempt("tuple -4", lambda: tup[-4])
attempt("tuple set", lambda: set_item(tup, 0, 1))
attempt("tuple aug", lambda: aug(tup, 0, 1))

d = {}
d[1] = "int"
d[True] = "bool"
d[1.0] = "float"
print(d, len(d))
d[2.5] = "x"
d[None] = "none"
d["k"] = "str"
d[(1, 2)] = "tuple"
print(d[1], d[2.5], d[None], d["k"], d[(1, 2)], d[True], d[1.0])
d[-1] = "minus one"
d[-2] = "minus two"
print(d[-1], d[-2], hash(-1) == hash(-2))
big = 2 ** 61 - 1
d[big] = "mersenne"
d[0] = "zero"
print(d[big], d[0], hash(big) == hash(0))
d[2 ** 64] = "huge"
print(d[2 ** 64], d.get(2 ** 64 + 1))
attempt("missing int", lambda: d[7])
attempt("missing str", lambda: d["nope"])
attempt("missing tuple", lambda: d[(7, 8)])
attempt("missing none", lambda: {}[None])
attempt("unhashable", lambda: d[[1]])
attempt("unhashable set", lambda: set_item(d, {}, 1))
nan = float("nan")
d[nan] = "nan"
print(d[nan])

counts = {}
for w in ["a", "b", "a", "c", "a"]:
    counts[w] = counts.get(w, 0) + 1
counts["a"] += 10
print(sorted(counts.items()))
attempt("aug missing", lambda: aug(counts, "z", 1))

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        print("eq called")
        return other == self.n
    def __repr__(self):
        return "Key(%d)" % self.n

kd = {Key(5): "key five"}
print(kd[5])
kd[5] = "replaced by int"
print(len(kd), list(kd.values()))
kd2 = {5: "int five"}
print(kd2[Key(5)])
attempt("key miss", lambda: kd2[Key(6)])

class LoggingList(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)

ll = LoggingList([1, 2, 3])
print(ll[1])
ll[0] = 9
ll[2] += 5
print(ll)

class DefaultDict(dict):
    def __missing__(self, key):
        return "missing " + repr(key)

dd = DefaultDict(a=1)
print(dd["a"], dd["b"], dd[3])

class UpperDict(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())
    def __setitem__(self, key, value):
        dict.__setitem__(self, key.upper(), value)

ud = UpperDict()
ud["x"] = 1
ud["x"] += 1
print(ud, ud["x"])

a, b = (1, 2)
c, e = [3, 4]
print(a, b, c, e)
for p, q in [(1, "one"), [2, "two"], "ab"]:
    print(p, q)
for x, (y, z) in [(1, (2, 3))]:
    print(x, y, z)
attempt("too many", lambda: [0 for a, b in [(1, 2, 3)]])
attempt("too few", lambda: [0 for a, b in [(1,)]])
attempt("list too many", lambda: [0 for a, b in [[1, 2, 3]]])
attempt("not iterable", lambda: [0 for a, b in [5]])
first, *rest = (1, 2, 3)
print(first, rest)

class PairList(list):
    def __iter__(self):
        print("custom iter")
        return iter(["x", "y"])

m, n = PairList([1, 2])
print(m, n)

pairs = [(i, -i) for i in range(5)]
total = 0
for i, j in pairs:
    total += i * 10 + j
print(total)

grid = [[0.0, 1.0], [2.0, 3.0]]
for row in grid:
    row[0] -= 0.5 * row[1]
    row[1] *= 2
print(grid)

small = {1: "one", "s": 2, None: 3}
print(True in small, 1.0 in small, 2 in small, "s" in small, None in small, (1,) in small)
print(Key(1) in small, 1 in {Key(1): 0})
print(small.get(True), small.get(1.0), small.get(2, "dflt"), small.get(Key(1)))

class Membership(dict):
    def __contains__(self, key):
        print("contains", key)
        return True

print(3 in Membership(), "x" in Membership(a=1))

same, same = (1, 2)
print(same)
def swap_locals():
    x, y = 1, 2
    x, y = y, x
    for k, v in {"a": 1}.items():
        x, y = k, v
    return x, y
print(swap_locals())
g1, g2 = [5, 6]
print(g1, g2)
holder = [0, 0]
holder[0], holder[1] = "a", "b"
print(holder)
