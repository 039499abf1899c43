# Python 3: iteration builtins enumerate, zip, map, filter, reversed, iter and next
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x"])))
print(list(filter(lambda x: x > 1, range(4))), list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
m = map(abs, [-1, -2])
print(list(m), list(m))
print(list(iter(lambda c=[0]: c.append(1) or len(c), 3)))
print(any([]), all([]), any([0, 0, 1]), all([1, 0]), any(x > 2 for x in range(4)), all("abc"))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
