# Sorting lists of str: code point order (not locale or UTF-16 order),
# prefixes first, stable for equal strings, reverse keeping ties in order,
# and mixed lists falling back to the general comparison.

words = ["pear", "apple", "", "app", "Apple", "apple", "zebra", "a", "pearl", "ápple", "b"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(["\uffff", "\U00010000", "\ud7ff", "\u00e9", "e\u0301", "z", "\x00", "\x7f"]))
print(sorted(["éa", "éb", "é", "eé", "e"]))


tagged = [(w, n) for n, w in enumerate(["b", "a", "b", "a"])]
print(sorted(tagged, key=lambda t: t[0]))
print(sorted(tagged, key=lambda t: t[0], reverse=True))

try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
keys = []
for k in counts:
    keys.append(k)
keys.sort()
print(keys, [counts[k] for k in keys])
print("\n".join(keys))
