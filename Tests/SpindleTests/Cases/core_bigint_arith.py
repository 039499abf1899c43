# Python 3: big integers beyond the machine-word fast path
a = 2 ** 100
print(a, -a, a + 1, a - 2 ** 99, a * a)
print(a // 3, a % 7, -a // 3, -a % 7, a // -7, a % -7)
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63), 2 ** 64 // 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(abs(-a), a == 2 ** 100, a > 2 ** 99, a < 1, a != a + 1)
print(a + 0.5, a / 2 ** 98, 10 ** 30 / 10 ** 10)
print(int("123456789012345678901234567890") * 2, str(10 ** 25), len(str(7 ** 77)))
print(type(a), type(2 ** 62), 2 ** 100 - 2 ** 100 == 0)
