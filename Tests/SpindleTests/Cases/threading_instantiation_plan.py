# Threads instantiate a class through its cached instantiation plan while
# another thread keeps rebinding the class's __init__.
import threading

class Item(object):
    def __init__(self, n):
        self.n = n
        self.kind = 'a'

def init_b(self, n):
    self.n = n
    self.kind = 'b'

def init_a(self, n):
    self.n = n
    self.kind = 'a'

bad = []

def make(worker):
    for i in range(300):
        item = Item(i)
        if item.n != i or item.kind not in ('a', 'b'):
            bad.append((worker, i))

def rebind():
    for i in range(300):
        Item.__init__ = init_b if i % 2 == 0 else init_a

threads = [threading.Thread(target=make, args=(w,)) for w in range(3)]
threads.append(threading.Thread(target=rebind))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad)
print(Item(5).kind)
Item.__init__ = init_b
print(Item(6).kind, Item(7).n)
