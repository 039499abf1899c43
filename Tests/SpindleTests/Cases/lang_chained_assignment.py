# Python 3: chained assignment and tuple/list/nested/starred unpacking
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = [1, 2]
print(h, mid, t)
i = j = k, l = (5, 6)
print(i, j, k, l)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError:", e)
for idx, (ch, *others) in enumerate(["ab", "cde"]):
    print(idx, ch, others)
