# Globals and builtins read through resolved cells: rebinding is seen at
# once by every function, `del` makes the name undefined again, a builtin
# shadowed by a global comes back when the global is deleted, and a
# function that rebinds its own name while it runs keeps running.


def square(x):
    return x * x


def use():
    return square(3)


print(use())


def square(x):
    return x * x * x


print(use())
square = lambda x: "lambda %d" % x
print(use())
square = len
try:
    print(use())
except TypeError as e:
    print("TypeError", e)
square = str
print(repr(use()))


class Square:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Square(%d)" % self.x


square = Square
print(use())
square = 5
try:
    use()
except TypeError as e:
    print("TypeError", e)
del square
try:
    use()
except NameError as e:
    print("NameError", e)


def uses_len(s):
    return len(s)


print(uses_len("abc"))
len = lambda s: "shadowed"
print(uses_len("abc"))
del len
print(uses_len("abc"))


def once():
    global once
    saved = once
    once = lambda: "replaced"
    return "first run, replaced by itself: %s" % (saved is not once)


print(once())
print(once())


def target(a, b=10):
    return ("old", a, b)


def rebind_target():
    global target
    target = lambda a, b=20: ("new", a, b)
    return 1


print(target(rebind_target()))
print(target(2))
print(target(a=3))


def counter_calls(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total


def step(i):
    return i


print(counter_calls(5))
for k in range(400):
    step = (lambda k: lambda i: i * k)(k)
print(counter_calls(5))
step = lambda i: -i
print(counter_calls(5))


def args3(a, b, c):
    return a + b + c


def args0():
    return "zero"


print(args3(1, 2, 3), args0())
try:
    args3(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    args0(1)
except TypeError as e:
    print("TypeError", e)


def varargs(*rest):
    return rest


args3 = varargs
print(args3(1, 2, 3))


def missing():
    return not_defined_anywhere(1)


try:
    missing()
except NameError as e:
    print("NameError", e)
not_defined_anywhere = abs
print(missing())
x = 1
x += 2.5
print(x)
x = "s"
x *= 3
print(x)
