# Python 3: closures, late binding, global and nonlocal scoping, UnboundLocalError
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter(); c2 = make_counter()
print(c1(), c1(), c2())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    x = "outer changed"
    return inner()
print(outer())
def bad():
    print(x)
    x = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def nest():
    v = 1
    def mid():
        def deep():
            nonlocal v
            v += 10
        deep()
    mid()
    return v
print(nest())
def setg():
    global newname
    newname = "made"
setg()
print(newname)
