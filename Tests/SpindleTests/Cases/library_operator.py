import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.concat([1], [2]), op.index(7))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
d = {"a": 1}
print(op.getitem(d, "a"), op.getitem([1, 2, 3], 1), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.__add__(1, 1), op.iadd(1, 2))

get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), get1({1: "one"}), repr(get1), repr(get02))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)


pt = Point(1, 2)
print(op.attrgetter("x")(pt), op.attrgetter("x", "y")(pt), op.attrgetter("inner.inner.y")(pt), repr(op.attrgetter("x")))
print(op.methodcaller("scaled", 3)(pt), op.methodcaller("scaled", 2, offset=1)(pt), repr(op.methodcaller("scaled", 2, offset=1)))
print(op.methodcaller("upper")("abc"), list(map(op.methodcaller("strip"), [" a ", "b "])))
for bad in [lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.add(1), lambda: get1(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
