import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1])
print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)), copy.deepcopy((1, [2]))[1] == [2])
t = (1, 2)
print(copy.deepcopy(t) is t, copy.copy({1, 2}), copy.deepcopy({"a": {1}}))

shared = [0]
pair = [shared, shared]
clone = copy.deepcopy(pair)
print(clone[0] is clone[1], clone[0] is shared)
cycle = [1]
cycle.append(cycle)
c2 = copy.deepcopy(cycle)
print(c2[1] is c2, c2 is cycle)


class Box:
    def __init__(self, items):
        self.items = items
        self.label = "box"


b = Box([1, 2])
b2 = copy.copy(b)
b3 = copy.deepcopy(b)
b.items.append(3)
print(type(b2).__name__, b2.items, b2.label, b3.items, b2.items is b.items)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom(self.v + 100)

    def __deepcopy__(self, memo):
        return Custom(self.v + 1000)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)

d = deque([1, [2]], maxlen=5)
dd = copy.deepcopy(d)
d[1].append(3)
print(dd, dd.maxlen, copy.copy(d))
P = namedtuple("P", "x y")
p = P([1], 2)
q = copy.deepcopy(p)
p.x.append(9)
print(q, copy.copy(p) == p)
cnt = Counter("aab")
print(copy.copy(cnt), copy.deepcopy(cnt))
ddict = defaultdict(list, {"a": [1]})
dcopy = copy.deepcopy(ddict)
ddict["a"].append(2)
print(dcopy, copy.copy(ddict))
od = OrderedDict([("x", 1), ("y", 2)])
print(copy.copy(od), copy.deepcopy(od))
err = ValueError("bad", 3)
print(repr(copy.copy(err)), repr(copy.deepcopy(err)))
