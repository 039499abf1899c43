# Python 3: find, rfind, index, count, startswith and endswith with ranges and tuples
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.rfind("at"), s.find("dog"), s.find(""))
print(s.index("on"), s.rindex("the"), s.count("at"), s.count("at", 10), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.endswith("mat"), s.endswith(("x", "at")))
print(s.endswith("sat", 0, 11), s.startswith(""), "".endswith(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError", e)
print("at" in s, "dog" not in s, s < "tha", "abc" < "abd", "Z" < "a", "" < "a")
