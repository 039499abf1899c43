# Calls of names that resolve to builtins, classes and modules: a global
# that shadows a builtin is seen at once by every call form (no argument,
# one, two), deleting it brings the builtin back, and threads calling a global
# that another thread keeps rebinding always call a complete binding.
import threading


def calls():
    return (len("abc"), int(2.9), divmod(7, 2), list(), str(5), range(3)[-1])


print(calls())
len = lambda x: "shadow %s" % (x,)
int = float
divmod = max
print(calls())
len = str.upper
print(calls()[0])
del len, int, divmod
print(calls())

def rebinding_during_arguments():
    global abs
    def rebind():
        global abs
        abs = str
        return -3
    r = abs(rebind())
    del abs
    return r


print(rebinding_during_arguments(), abs(-4))


class Box:
    def __init__(self, v):
        self.v = v


def make():
    return Box(3).v


print(make())
Box = lambda v: threading
print(make() if False else type(Box(1)).__name__)

swap = int
bad = []
done = threading.Event()


def caller(out):
    n = 0
    while not done.is_set() or n < 2000:
        r = swap(7.5)
        if r not in (7, 7.5, "7.5"):
            bad.append(r)
        n += 1
    out.append(n)


def flipper():
    global swap
    for i in range(3000):
        swap = (int, float, str)[i % 3]
    swap = int


counts = []
threads = [threading.Thread(target=caller, args=(counts,)) for i in range(2)]
for t in threads:
    t.start()
flip = threading.Thread(target=flipper)
flip.start()
flip.join()
done.set()
for t in threads:
    t.join()
print("bad:", bad, "callers:", len(counts), "after:", swap(7.5))
