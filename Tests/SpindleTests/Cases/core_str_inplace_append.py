# `s += t` on a local str: the text grows in place only when nothing else
# refers to the str; every other reference keeps its old value.


def aliases():
    s = "ab"
    s += "c"
    a = s
    s += "d"
    print(a, s, a is s)
    t = s
    t += ""
    print(t is s, t, s)
    u = ""
    u += s
    print(u is s, u)


def loop_keeps_snapshots():
    s = ""
    seen = []
    for i in range(6):
        s += str(i)
        if i % 2 == 0:
            seen.append(s)
    print(seen, s)


def container_and_key():
    s = "k"
    s += "ey"
    d = {s: 1}
    s += "s"
    print(d, s, d.get("key"), "keys" in d)
    parts = [s]
    s += "!"
    print(parts, s)


def hash_after_growth():
    s = "x"
    s += "y"
    h = hash("xy")
    print(hash(s) == h)
    s += "z"
    print(hash(s) == hash("xyz"), len(s), s == "xyz")


def non_ascii():
    s = "h\u00e9"
    s += "\u4e16\u754c"
    a = s
    s += "\U0001F600!"
    print(a, len(a), s, len(s), s[2], s[-2], s[1:4], s.find("\u754c"))


def self_append():
    s = "ab"
    s += "c"
    s += s
    print(s, len(s))


def errors():
    s = "a"
    s += "b"
    try:
        s += 1
    except TypeError as e:
        print("TypeError", e)
    print(s)
    try:
        t += "x"
        print("unreachable")
    except UnboundLocalError:
        print("UnboundLocalError")
    t = "z"


class Suffix:
    def __radd__(self, other):
        return "radd(" + other + ")"


def reflected_operand():
    v = "p"
    v += "q"
    v += Suffix()
    print(v, type(v).__name__)


def generator_keeps_value():
    def gen():
        s = "g"
        for i in range(3):
            s += str(i)
            yield s
    print(list(gen()))


def long_build():
    s = ""
    for i in range(20000):
        s += "ab"
    print(len(s), s[:6], s[-3:])


aliases()
loop_keeps_snapshots()
container_and_key()
hash_after_growth()
non_ascii()
self_append()
errors()
reflected_operand()
generator_keeps_value()
long_build()
