# Python 3: global and nonlocal declarations
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_new_global():
    global fresh
    fresh = "created"
make_new_global()
print(fresh)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
print(outer())
def layers():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return mid(), x
print(layers())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
