# Python 3: lambda expressions and conditional expressions
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2, *c, **k: (a, b, c, k))(1, 3, 4, z=5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
pick = lambda v: "even" if v % 2 == 0 else "odd"
print([pick(i) for i in range(4)])
nested = lambda x: lambda y: x - y
print(nested(10)(3))
print(sq.__name__)
def side(v):
    print("evaluated", v)
    return v
print(side("yes") if True else side("no"))
print((lambda *a: a)(), (lambda **k: sorted(k))(b=1, a=2))
