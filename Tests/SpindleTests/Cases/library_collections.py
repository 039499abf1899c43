from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

d = deque([1, 2, 3], maxlen=3)
print(d, repr(deque()), deque("ab"), d.maxlen, deque().maxlen)
d.append(4)
print(d)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, list(d))
for call in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
d = deque(range(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(1), d.index(3), list(reversed(d)))
d.remove(3)
d.extendleft([7, 8])
d.extend([9])
print(d, d.pop(), d.popleft(), d)
print(d == deque([7, 1, 2, 4, 0]), d.copy(), deque([1, 2]) + deque([3]))
try:
    d.remove(99)
except ValueError as e:
    print("ValueError:", e)
d[0] = 5
del d[1]
d.insert(0, 9)
print(d)
d.clear()
print(d, bool(d), bool(deque([0])))
window = deque(maxlen=2)
for i in range(5):
    window.append(i)
print(window, sum(window))

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, Point._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(p[0], p[-1], p[:1], p.x, p.y, len(p), p == (1, 2), p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), tuple(p), 2 in p, max(p))
P2 = namedtuple("P2", ["a", "b"], defaults=[9])
print(P2(1), P2(1, 2), P2(b=3, a=4), namedtuple("X", "a, b,c")(1, 2, 3))
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple("X", "a a"),
             lambda: namedtuple("X", "a def"), lambda: namedtuple("X", "_a"), lambda: namedtuple("1X", "a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a def a", rename=True)._fields)


class Vector(namedtuple("Vector", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(3, 4)
print(v.norm2(), v)

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:4])
c.update("aa")
c.update({"b": 3})
print(c["a"], c["b"])
c.subtract({"a": 10})
print(c["a"], c.most_common(1))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3) & Counter(a=1), Counter(a=3) | Counter(a=5), repr(Counter()), Counter([1, 1, 2]))
print(dict(Counter("aab")), Counter("aab") == {"a": 2, "b": 1})
del c["zzz"]
words = Counter()
for w in "the cat and the hat and the bat".split():
    words[w] += 1
print(words.most_common(3))

o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a")
print(o, list(o))
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o, repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([("a", 1), ("b", 2)]) == OrderedDict([("b", 2), ("a", 1)]))

dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, repr(defaultdict(int)), dd.default_factory, dict(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), "z" in counts, counts.get("z"))
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"])
