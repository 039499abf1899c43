# Python 3: generators, send/throw/close, yield from, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(5)))
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo closed with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
def delegate():
    result = yield from with_return()
    print("delegate got", result)
    yield from [10, 20]
print(list(delegate()))
def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught inside:", err)
g = catcher()
next(g)
g.throw(ValueError("thrown in"))
g.throw(ValueError, "again")
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
it = fib()
print([next(it) for _ in range(10)])
def gen_in_for():
    for i in range(3):
        yield i * i
for v in gen_in_for():
    print("got", v)
squares = (x * x for x in range(4))
print(type(squares).__name__, list(squares), list(squares))
def raises():
    yield 1
    raise KeyError("inside")
try:
    for v in raises():
        print("value", v)
except KeyError as err:
    print("KeyError", err)
def unstarted():
    yield 1
try:
    unstarted().send(5)
except TypeError as err:
    print("TypeError:", err)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as err:
    print("RuntimeError:", err)
