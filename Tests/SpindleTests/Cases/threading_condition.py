import threading

cond = threading.Condition()
items = []
consumed = []


def consumer(n):
    for i in range(n):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))


consumers = [threading.Thread(target=consumer, args=(250,)) for i in range(4)]
for c in consumers:
    c.start()
for i in range(1000):
    with cond:
        items.append(i)
        cond.notify()
for c in consumers:
    c.join()
print("consumed", len(consumed), sum(consumed), items)

try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    print("timed wait:", cond.wait(0.01))
    print("wait_for true:", cond.wait_for(lambda: True))
    print("wait_for timeout:", cond.wait_for(lambda: 0, 0.01))
print(repr(cond).split(" object")[0])

# notify(n) wakes exactly n waiters; notify_all wakes the rest.
state = {"ready": 0, "woken": 0}
c2 = threading.Condition(threading.Lock())


def sleeper():
    with c2:
        state["ready"] += 1
        c2.wait()
        state["woken"] += 1


threads = [threading.Thread(target=sleeper) for i in range(5)]
for t in threads:
    t.start()
while True:
    with c2:
        if state["ready"] == 5:
            break
with c2:
    c2.notify(2)
while True:
    with c2:
        if state["woken"] == 2:
            break
with c2:
    print("after notify(2):", state["woken"])
    c2.notifyAll()
for t in threads:
    t.join()
print("after notifyAll:", state["woken"])

# The article's consumers and producer.
condition = threading.Condition()
log = []
ready = [0]


def cons():
    with condition:
        ready[0] += 1
        condition.wait()
        log.append("consumed")


def prod():
    with condition:
        condition.notifyAll()


cs = [threading.Thread(name="c%d" % i, target=cons) for i in range(2)]
for c in cs:
    c.start()
while True:
    with condition:
        if ready[0] == 2:
            break
p = threading.Thread(name="p", target=prod)
p.start()
for t in cs + [p]:
    t.join()
print(log)
