# Python 3: closures, nonlocal, global, class scopes, late binding.
def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
total = 0
def add(n):
    global total
    total += n
add(3); add(4)
print(total)
def shadow():
    total = "local"
    return total
print(shadow(), total)
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late())
def bound():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return [f() for f in fns]
print(bound())
def class_scope():
    y = "function y"
    class K:
        y = "class y"
        def method(self):
            return y
        seen = y
    return K().method(), K.seen
print(class_scope())
def param_cell(v):
    def get():
        return v
    v = v + 1
    return get()
print(param_cell(1))
def modify_later():
    def get():
        return value
    value = "assigned after def"
    return get()
print(modify_later())
