# Python 3: floor division, modulo with negatives, power and bitwise ops
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2)):
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** 10, 2 ** -2, (-8) ** 2, -8 ** 2, 2 ** 0.5 == 2 ** .5)
print(0 ** 0, pow(2, 3), pow(2, 3, 5), pow(-2, 3))
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(1 << 70)
print(True + True, True * 10, -True)
for expr in ("1 // 0", "1 % 0", "1.0 / 0", "1 << -1"):
    try:
        eval(expr)
    except (ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(10 / 4, 10 / 5, -10 / 4)
