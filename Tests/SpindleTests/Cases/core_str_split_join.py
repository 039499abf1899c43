# Python 3: split, rsplit, splitlines, partition and join
print("a,b,,c".split(","), "  a  b  c ".split(), "a b c".split(" ", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"), " x ".split(" "))
print("one\ntwo\r\nthree\n".splitlines(), "x\n\ny".splitlines(True))
print("key=value=x".partition("="), "noeq".partition("="), "a=b=c".rpartition("="), "abc".rpartition("z"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("a  b".split(" "), "1 2 3".split(None, 1), "a\tb\nc".split())
