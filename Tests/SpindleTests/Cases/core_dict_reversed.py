# Python 3: reversed() over dicts follows reverse insertion order
d = {"b": 1, "a": 2, "c": 3}
print(list(reversed(d)))
d["a"] = 20; del d["b"]; d["b"] = 4
print(list(reversed(d)), [d[k] for k in reversed(d)])
print(list(reversed({})))
r = reversed({1: "x", 2: "y"})
print(next(r), next(r), next(r, "end"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
