# Python 3: dict get, setdefault, pop, popitem, update, copy, fromkeys and insertion order
d = {"z": 1, "a": 2}
d["m"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("q"), d.get("q", 0), d.setdefault("a", 9), d.setdefault("n", []), d)
print(d.pop("z"), d.pop("zz", "dflt"), d)
d.update({"a": 20, "b": 5}); d.update(c=7); d.update([("e", 8)]); print(d)
c = d.copy(); c["new"] = 1; print(len(d), len(c), "new" in d)
print(d.popitem(), dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), dict(a=1, b=2))
del d["a"]; d["a"] = 0; print(list(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
print({1: "a"} == {1: "a"}, {1: 1, 2: 2} == {2: 2, 1: 1}, {1: 1.0}[1.0], {True: "t"}[1])
d.clear(); print(d, bool(d))
