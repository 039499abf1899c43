# Calling a class repeatedly from one site, while its __new__/__init__ change.
import threading

class P(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make(n):
    out = []
    for i in range(n):
        out.append(P(i, i + 1))
    return out

print([(p.x, p.y) for p in make(3)])

def init3(self, x, y=10):
    self.x = x * 100
    self.y = y
P.__init__ = init3
print([(p.x, p.y) for p in make(2)])
print(P(5).y)

class Q(P):
    pass
print(Q(1, 2).x)
P.__init__ = lambda self, x, y: None
q = Q(1, 2)
print(hasattr(q, 'x'))

def bad_init(self, x, y):
    return 42
P.__init__ = bad_init
for cls in (P, Q):
    try:
        cls(1, 2)
    except TypeError as e:
        print(type(e).__name__, e)

for args in ((), (1,), (1, 2, 3)):
    try:
        P.__init__ = init3
        P(*args)
        print('ok', len(args))
    except TypeError as e:
        print('TypeError', len(args))

class Plain(object):
    pass
print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print(e)
Plain.__init__ = lambda self, a: setattr(self, 'a', a)
print(Plain(7).a)
del Plain.__init__
try:
    Plain(1)
except TypeError as e:
    print(e)

class Custom(object):
    def __init__(self, v):
        self.v = v
c1 = Custom(1)
def new(cls, v):
    if v < 0:
        return 'negative'
    return object.__new__(cls)
Custom.__new__ = staticmethod(new)
print(Custom(-1), Custom(3).v)

class Other(object):
    def __new__(cls, *args):
        return Custom(9)
    def __init__(self, *args):
        print('never')
print(type(Other(1, 2)).__name__, Other().v)

class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 2
workers = [Worker(i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])

class L(list):
    def __init__(self, n):
        list.__init__(self, range(n))
print(L(3), len(L(4)))

class K(object):
    def __init__(self, a, b=2, *rest, **kw):
        self.all = (a, b, rest, sorted(kw.items()))
print(K(1).all, K(1, 3, 4, z=5).all, K(a=0).all)
