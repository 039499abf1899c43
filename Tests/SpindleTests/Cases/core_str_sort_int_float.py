# list.sort of strs by code point (shared prefixes, empty strs, non-ASCII,
# equal keys keeping their order under reverse=True) and int() of floats
# at the edges of the machine range.
words = ["b", "a", "", "ab", "a", "\u00e9", "e", "\U0001F600", "\u4e16", "abc", "B", "", "aa", "z\u00e9", "z"]
keys = list(words)
keys.sort()
print(keys)
keys.sort(reverse=True)
print(keys)
print(sorted(words, key=len))
first, second = "same", "".join(["sa", "me"])
pair = [second, first, "x"]
pair.sort(reverse=True)
print(pair, pair[1] is second, pair[2] is first)
mixed = ["a", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e)

for x in (0.0, -0.0, 0.9, -0.9, 2.5, -2.5, 1e18, -1e18, 9.2e18, 9.3e18, -9.3e18, 1e300, 2.0**63, -2.0**63):
    print(repr(x), int(x))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(True), int("12"), int(7), type(int(3.7)).__name__)
