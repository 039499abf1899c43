# Python 3: subscript, slice and attribute assignment targets
lst = list(range(6))
lst[0] = "z"
lst[-1] = "end"
print(lst)
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [0, 0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
d = {}
d["k"] = 1
d[1, 2] = "tuple key"
print(d)
class Box: pass
b = Box()
b.value = 3
b.inner = Box()
b.inner.value = 4
print(b.value, b.inner.value)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)
lst[1], d["k"], b.value = "x", "y", "w"
print(lst[1], d["k"], b.value)
