# Python 3: str methods with one or two arguments on ASCII and non-ASCII text, and their errors
texts = ["ka lo mi", "  padded\t\n", "", "x", "héllo wörld ünï", "日本語 テキスト", "a\u2003b c\xa0d", "\x1ctab\x1f"]
for s in texts:
    print(repr(s.split()), repr(s.split(" ")), repr(s.split("l")), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.upper()), repr(s.lower()), s.find("l"), s.find("ö"), s.find(""), s.find("テ"), s.find("zz"))
    print(s.startswith("ka"), s.startswith(""), s.endswith("ï"), s.endswith("d"), s.startswith("日本"))
    print(repr(s.replace("l", "L")), repr(s.replace("ö", "oe")), repr(s.replace("zz", "y")), repr(s.replace(" ", "")))
    print(repr("-".join(s.split())), repr("ü".join([s, s])), len(s), repr(s[1:4]), repr(s[-2:]))
print("ABC".lower(), "abc".upper(), "MiXeD 123".upper(), "MiXeD 123".lower(), "ß".upper(), "İ".lower(), "ΣΑΣ".lower())
print("a,b,,c".split(","), ",".split(","), "abc".split("abc"), "aaa".split("a"), "x".join([]), "x".join(["only"]))
print("".join(("a", "b")), ", ".join(iter(["1", "2"])), "".join(map(str, range(5))), "".join([]) == "")
print("banana".replace("a", "o"), "banana".replace("an", ""), "banana".replace("a", "a" * 3), "aaaa".replace("aa", "b"))
print("banana".find("na"), "banana".find("a"), "ünïcode".find("code"), "ünïcode".find("ï"), "abc".find("abcd"))
print("Hello".startswith("He"), "Hello".endswith("lo"), "Hello".startswith("hello"), "lo".endswith("Hello"))
for bad in [lambda: "a".join([1]), lambda: "a".join(["x", None]), lambda: "a".join(5), lambda: "a b".split(""),
            lambda: "a".split(1), lambda: "a".find(1), lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2),
            lambda: "a".startswith(1), lambda: "a".endswith(["a"]), lambda: "a".strip(1),
            lambda: str.upper(5), lambda: str.split(5), lambda: str.join(5, []), lambda: "a".join(x for x in [1]),
            lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.get([]), lambda: list.append(5, 1)]:
    try:
        print("no error", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("xyx".strip("x"), "xyx".lstrip("x"), "xyx".rstrip("x"), "  a  ".strip(None), "abc".strip(""))
print("a b".split(None), "a b c".split(" ", 1), "a b c".rsplit(" ", 1), "a  b".split(" "))
d = {"k": 1}
print(d.get("k"), d.get("z"), d.get("z", 0), d.get("k", 0))
items = []
items.append(1)
items.append([2])
print(items)
bound = "a-b".split
print(bound("-"), bound(), list(map("-".join, [["a", "b"], ["c"]])))
s = "ab" * 3
print(s.upper().lower() == s, s.upper() is s.upper(), "abc".strip() == "abc")
