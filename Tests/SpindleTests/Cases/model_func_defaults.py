# Python 3: default arguments evaluated once, keyword arguments, positional/keyword mixing
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1))
print(f(1, 5))
print(f(1, c=9))
print(f(c=7, a=0))
def acc(x, bucket=[]):
    bucket.append(x)
    return bucket
print(acc(1))
print(acc(2))
print(acc(3, []))
n = 10
def g(v=n):
    return v
n = 20
print(g())
print(f.__defaults__)
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
