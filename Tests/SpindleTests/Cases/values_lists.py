# list methods, slicing, comparisons, sorting
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(6); print(l, l.index(2), l.count(2), l.index(5, 1, 5))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError", e)
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
l.reverse(); print(l, l.copy() == l, l.copy() is l)
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[5:2], a[1:8:3], a[8:1:-2], a[100:], a[-100:2])
a[2:5] = ["x", "y"]; print(a)
a[::2] = "ABCDE"; print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
a[1:1] = [7, 7, 7]; print(a)
a[:] = []; print(a)
try:
    b = [1, 2, 3]; b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
b = [1, 2]; b += [3]; b *= 2; print(b)
c = b; c += (9,); print(b is c, b)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[]] * 2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, [2]] == [1, [2]])
print(1 in [1, 2], 3 not in [1, 2], [] == [], [1] != [1.0])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
x = [1, 2, 3]
x[1] = 20; x[-1] = 30; print(x)
try:
    x[5] = 1
except IndexError as e:
    print("IndexError", e)
try:
    x[5]
except IndexError as e:
    print("IndexError", e)
try:
    x["a"]
except TypeError as e:
    print("TypeError", e)
r = [1]; r.append(r); print(r, repr(r))
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list())
print(sum([1, 2, 3]), sum([0.5, 0.25], 1), sum([[1], [2]], []), min([3, 1, 2]), max("hello"), min(3, 1, 2), max([], default=0))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max((1, 2), (1, 3)))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
print(any([0, "", None]), any([0, 1]), all([]), all([1, 0]))
print(list(reversed([1, 2, 3])), list(enumerate("ab")), list(enumerate("ab", 5)), list(zip([1, 2, 3], "ab")))
print(list(map(lambda x: x * 2, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, [1, 2, 3])))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
z = zip("ab", [1, 2])
print(z.__class__.__name__, next(z), list(z))
print(list(reversed(range(0))), list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
print(range(0, 100, 3)[5:20:4], range(10)[::-1], list(range(10)[::-3]), len(range(-5, 5, 2)), 7 in range(1, 10, 3), range(3) == range(0, 3))
try:
    [1] * (2 ** 62)
except MemoryError:
    print("MemoryError")
print("ab"[::-(2**63)], [1,2,3][::-(2**63)])
print(range(10)[8:2:-2], range(5)[10:20], range(5)[-100:2])
