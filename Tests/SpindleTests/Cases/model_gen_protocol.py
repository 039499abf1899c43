# Python 3: generator send, close (GeneratorExit, finally), throw, yield from with return value
def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return "stopped"
e = echo()
print(e.send(None), e.send(1), e.send("two"))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
try:
    echo().send(5)
except TypeError as t:
    print("TypeError:", t)
def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in gen")
c = cleanup()
next(c)
c.close()
c.close()
print(list(c))
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as v:
            yield "caught " + str(v)
t = catcher()
next(t)
print(t.throw(ValueError("bad")))
print(next(t))
try:
    t.throw(KeyError("k"))
except KeyError as k:
    print("propagated", k)
print(list(t))
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [7, 8]
o = outer()
print(next(o))
print(o.send("sent"))
print(list(o))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as err:
    print("RuntimeError:", err)
