# Python 3: list.sort and sorted with key, reverse and stability
words = ["banana", "Apple", "cherry", "date", "Fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(); print(pairs)
pairs.sort(reverse=True); print(pairs)
nums = [3, -1, 2.5, -7, 0]
nums.sort(key=abs); print(nums, sorted(nums, reverse=True))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((5, 2, 9)), sorted([], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
r = [1, 2, 3]
print(r.sort(), r, list(reversed(r)), sorted(r, key=lambda x: -x))
