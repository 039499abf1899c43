# for loops over range(): counted loops, their bounds, else clauses and
# everything that must still go through the range object.
import sys


def collect(*bounds):
    out = []
    for i in range(*bounds):
        out.append(i)
    return out


def one(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


def two(a, b):
    out = []
    for i in range(a, b):
        out.append(i)
    return out


def three(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out


print(one(5), one(0), one(-3))
print(two(2, 7), two(7, 2), two(-3, 1))
print(three(0, 10, 3), three(10, 0, -3), three(10, 0, 3), three(-1, -10, -4))
print(collect(4), collect(1, 4), collect(1, 9, 2))

# Bounds that are not plain ints.
print(one(True), two(False, True), three(0, 5, True))
try:
    one(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    three(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    two("a", 3)
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(one(Index(3)), three(Index(1), Index(8), Index(3)))

# Near the ends of the machine int range the count must stop, not wrap.
m = sys.maxsize
print(two(m - 2, m), three(m - 5, m, 2), three(-m + 1, -m - 1, -1), three(-m, -m - 1, -5))
print(len(three(m - 10, m, 3)), len(three(-m + 10, -m - 1, -4)))


def else_clause(limit, stop_at):
    for i in range(limit):
        if i == stop_at:
            print("break at", i)
            break
    else:
        print("no break, last", i)
    return i


print(else_clause(4, 2), else_clause(4, 9))


def empty_else():
    i = "unset"
    for i in range(0):
        print("never")
    else:
        print("else of empty loop")
    return i


print(empty_else())


def early_return(n):
    for i in range(n):
        if i * i > 10:
            return i
    return None


print(early_return(10), early_return(2))


def skip_odd(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    return total


print(skip_odd(11))


def nested(n):
    count = 0
    for a in range(1, n):
        for b in range(a, n):
            if (a * a + b * b) % 5 == 1:
                count += 1
            else:
                count -= 1
    return count


print(nested(40))


def bound_changes(n):
    out = []
    for i in range(n):
        n = 0
        out.append(i)
    return out, n


print(bound_changes(4))


def rebinding_target():
    out = []
    for i in range(3):
        out.append(i)
        i = 100
    return out, i


print(rebinding_target())


def trace(label, value):
    print("evaluate", label)
    return value


def order():
    for i in range(trace("start", 1), trace("stop", 3), trace("step", 1)):
        print("body", i)


order()

# Targets other than a local.
for g in range(3):
    pass
print("global target", g)


class Box:
    pass


box = Box()
for box.value in range(2, 5):
    pass
print("attribute target", box.value)
slots = [0, 0]
for slots[1] in range(7, 9):
    pass
print("item target", slots)
try:
    for a, b in range(3):
        pass
except TypeError as e:
    print("TypeError:", e)


# A rebound `range` is called like any other function.
def uses_range(n):
    return [i for i in range(n)], one(n)


real_range = range
range = lambda *args: ["fake", len(args)]
print(uses_range(3))
del range
print(uses_range(3))


class MyRange(real_range.__class__ if False else object):
    pass


def shadowed():
    range = lambda n: [n, n]
    out = []
    for i in range(4):
        out.append(i)
    return out


print(shadowed())


# Generators suspend and resume inside the counted loop.
def squares(n):
    for i in range(n):
        yield i * i


gen = squares(5)
print(next(gen), next(gen), list(gen))


def closure_capture(n):
    fns = []
    for i in range(n):
        fns.append(lambda i=i: i * 10)
    return [f() for f in fns]


print(closure_capture(4))


def raises_inside(n):
    done = []
    try:
        for i in range(n):
            done.append(i)
            if i == 2:
                raise KeyError(i)
    except KeyError as e:
        print("KeyError", e, done)


raises_inside(5)
