# Python 3: unpacking errors and starred targets.
a, *b = [1]
print(a, b)
*a, b = "xyz"
print(a, b)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
try:
    a, b = 1, 2, 3
except ValueError as err:
    print(err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print(err)
try:
    a, *b, c = [1]
except ValueError as err:
    print(err)
try:
    a, b = 5
except TypeError as err:
    print(err)
first, second = {"k": 1, "j": 2}
print(first, second)
