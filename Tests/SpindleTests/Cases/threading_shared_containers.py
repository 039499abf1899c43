# Many threads hammer shared lists, dicts, sets, instance attributes,
# globals and closure cells at once.  Single operations on built-in
# containers are atomic; compound read-modify-write updates are guarded.
import threading

N_THREADS = 16
N = 2000

shared_list = []
shared_dict = {}
shared_set = set()
counter_lock = threading.Lock()
hits = 0


class Box(object):
    pass


box = Box()
box.value = 0
box.flags = {}


def make_closure_counter():
    count = 0
    lock = threading.Lock()

    def bump():
        nonlocal count
        with lock:
            count += 1

    def read():
        return count

    return bump, read


bump, read = make_closure_counter()


def worker(k):
    global hits
    for i in range(N):
        key = k * N + i
        shared_list.append(key)
        shared_dict[key] = i
        shared_set.add(key % 1000)
        box.flags[k] = i
        setattr(box, "last_%d" % (k % 4), i)
        with counter_lock:
            hits += 1
            box.value += 1
        bump()
        if i % 100 == 0:
            len(shared_list)
            len(shared_dict)
            len(shared_set)
            shared_dict.get(key - 1)
            if i >= 50:
                shared_dict.pop(key - 50, None)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("list", len(shared_list), sum(shared_list) == sum(range(N_THREADS * N)))
print("dict", len(shared_dict))
print("set", len(shared_set))
print("globals", hits)
print("attrs", box.value, sorted(box.flags.items())[:2], box.last_0)
print("closure", read())
