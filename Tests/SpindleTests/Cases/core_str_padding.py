# Python 3: ljust, rjust, center, zfill and string repetition
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6, "-") + "]")
print("[" + "toolong".ljust(3) + "]", "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "".zfill(2))
print("ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, [0] * 3, (1, 2) * 2)
try:
    "ab".ljust(5, "xy")
except TypeError as e:
    print("TypeError", e)
for w in range(1, 6):
    print(repr("x".center(w)), repr("xy".center(w, "_")))
