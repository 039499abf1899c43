# Python 3: float repr, str and arithmetic corner cases
print(0.1, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e22, 1.5e-7, 123456789.0, 1e-5, 0.0001)
print(repr(2.5), str(1/3), 2/3, 10/4, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(float("inf"), float("-inf"), float("nan"), float(" 3.25 "), float("1e3"))
print(1e300 * 1e10, -1e300 * 1e10, 2.0 ** 0.5, 2 ** -1, 10 ** -2)
print(int(3.9), int(-3.9), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2))
print((0.5).is_integer(), (2.0).is_integer(), (1.5).as_integer_ratio(), float(2 ** 60))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
print(1 == 1.0, 0.1 + 0.2 == 0.3, 3 * 0.1, abs(-2.5), max(1, 2.0), min(1.0, 1))
