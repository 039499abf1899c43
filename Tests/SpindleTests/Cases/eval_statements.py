# Python 3: every simple and compound statement form.
x = 1
y = z = 2
a, b = 3, 4
(c, d), e = (5, 6), 7
first, *middle, last = range(6)
print(x, y, z, a, b, c, d, e, first, middle, last)
[p, q] = "pq"
print(p, q)
x += 10
x -= 1
x *= 2
x //= 3
x %= 5
x **= 3
x <<= 2
x >>= 1
x |= 1
x &= 0xFF
x ^= 3
print(x)
n: int = 5
print(n)
if x > 100:
    print("big")
elif x > 10:
    print("medium")
else:
    print("small")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else")
while True:
    break
else:
    print("not printed")
for k in range(5):
    if k == 3:
        break
    print("for", k)
else:
    print("not printed either")
for k in []:
    pass
else:
    print("for else")
del a
try:
    print(a)
except NameError as err:
    print("NameError:", err)
items = [1, 2, 3, 4]
del items[1]
del items[-1:]
print(items)
class Box:
    pass
box = Box()
box.v = 1
del box.v
print(hasattr(box, "v"))
assert True, "not raised"
try:
    assert x == 0, "x is %d" % x
except AssertionError as err:
    print("AssertionError:", err)
try:
    assert False
except AssertionError as err:
    print("bare assert:", repr(err))
def g():
    global G
    G = "global set"
g()
print(G)
pass
