# Python 3: int() parsing with bases and conversions between number types
print(int("42"), int("-17"), int("  8 "), int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("1_000"), int(True), int(-2.5), int("101", 2), int("777", 8))
for bad in ["", "1.5", "abc", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
print(bool(0), bool(3), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
print(True + True, True * 10, -True, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 10, 10 / 5)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
