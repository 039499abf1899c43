# One thread rebinds class attributes and methods while others read them
# through the same attribute sites: readers must only ever see values the
# writer stored, in order, and the last one once the writer is done.
import threading


class Counter(object):
    level = 0

    def __init__(self):
        self.own = 0

    def current(self):
        return 0


class Child(Counter):
    pass


ROUNDS = 3000
done = threading.Event()
results = {}


def reader(index, obj):
    last_level = -1
    last_method = -1
    backwards = 0
    reads = 0
    while True:
        finished = done.is_set()
        level = obj.level
        method = obj.current()
        obj.own += 1
        if level < last_level or method < last_method:
            backwards += 1
        last_level, last_method = level, method
        reads += 1
        if finished:
            break
    results[index] = (backwards, last_level, last_method, obj.own == reads)


def writer():
    for i in range(1, ROUNDS + 1):
        Counter.level = i
        Counter.current = (lambda value: lambda self: value)(i)
    done.set()


objects = [Counter(), Child(), Counter(), Child()]
threads = [threading.Thread(target=reader, args=(i, o)) for i, o in enumerate(objects)]
for t in threads:
    t.start()
w = threading.Thread(target=writer)
w.start()
w.join()
for t in threads:
    t.join()
for i in range(len(objects)):
    print(i, results[i])
print(Child().level, Child().current())
