# Python 3: numeric builtins len, range, min, max, sum, abs, round, divmod, pow, hex, oct, bin
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list(range(0)), range(1, 4), len(range(0, 10, 3)))
r = range(10, 0, -3)
print(r[1], r[-1], 4 in r, 7 in r, r.index(4), list(r[::2]), r == range(10, 0, -3))
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max([], default=0), min([(2, "a"), (1, "b")]), max(["aa", "b"], key=len))
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum([[1], [2]], []), abs(-3), abs(-0.5), abs(True))
print(round(3.14159, 2), round(7), round(-2.5), round(15, -1), divmod(7, 2), divmod(-7.5, 2), pow(2, 5), pow(2.0, 3))
print(hex(255), hex(0), oct(8), oct(-8), bin(10), bin(-3), bin(0))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
