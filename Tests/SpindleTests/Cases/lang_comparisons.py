# Python 3: chained comparisons and identity/membership operators
calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, len(calls))
print(10 < mid() < 1, len(calls))
print(1 < 2 < 3 < 4, 1 < 3 < 2 < 4)
print(1 == 1.0 != 2, 3 > 2 >= 2 > 1)
a = [1]
b = [1]
print(a == b, a is b, a is not b, a is a)
print(None is None, 1 in [1, 2], 3 not in [1, 2])
print("bc" in "abcd", "x" not in "abcd", 2 in {2: "v"})
print(not 1 in [1], (not 1) in [False])
def short():
    calls.append("short")
    return 0
print(5 < short() < mid(), calls[-1])
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd")
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
