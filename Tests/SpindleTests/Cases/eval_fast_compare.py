# Comparison fast paths, conditions tested without building values, and
# the truth protocol on objects in if/while/and/or/not.


def cmp_all(a, b):
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


pairs = [(1, 2), (2, 2), (3, 2), (1, 2.5), (2.0, 2), (2, 2.0), (-0.0, 0), (0.0, -0),
         (2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53), (2.0 ** 53, 2 ** 53 + 1),
         (-(2 ** 53) - 1, -(2.0 ** 53)), (2 ** 64, 1.8446744073709552e19), (float("nan"), 1),
         (1, float("nan")), (float("inf"), 2 ** 70), (True, 1), (False, 0.0), (True, 2),
         ("a", "b"), ((1, 2), (1, 3)), ([1], [1])]
for a, b in pairs:
    print(repr(a), repr(b), cmp_all(a, b))


def with_constants(x):
    return [x < 2, x <= 2, x > 2, x >= 2, x == 2, x != 2, x == 0, x != 0]


for x in [1, 2, 3, 2.0, 1.5, True, 2 ** 70, -2 ** 70, float("nan")]:
    print(repr(x), with_constants(x))
for bad in ["2", None, [2]]:
    try:
        print(repr(bad), with_constants(bad))
    except TypeError as e:
        print(repr(bad), "TypeError", e)


class Loud:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        print("bool", self.name)
        return self.truth

    def __lt__(self, other):
        print("lt", self.name)
        return Loud("lt-result", True)

    def __eq__(self, other):
        print("eq", self.name)
        return self.truth


yes = Loud("yes", True)
no = Loud("no", False)
if yes and no:
    print("both")
else:
    print("not both")
if no or yes:
    print("either")
if not no:
    print("not no")
if yes < 3:
    print("lt true")
if 3 > yes:
    print("reflected gt")
if yes == 2:
    print("eq true")
if no != 2:
    print("ne via eq")
print("and value", (yes and no).name, "or value", (no or yes).name)
print("conditional", "t" if yes else "f", "t" if no else "f")
count = 0
while count < 3 and yes:
    count += 1
print("count", count)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print("len truth", bool(Sized(0)), bool(Sized(2)), "t" if Sized(1) else "f", not Sized(0))
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], None, (), {}, {0: 0}, 2 ** 80]:
    print(repr(v), "true" if v else "false", not v)


class BadBool:
    def __bool__(self):
        return 1


try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
print(1 in [1, 2], 3 not in (1, 2), None is None, pairs is not None, "a" in "cat")
if 2 in {2: 0}:
    print("in dict")
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0 == 2)
