import threading
import time

e = threading.Event()
print(e.is_set(), e.isSet(), e.wait(0.01))
seen = []


def wait_for_event(ev):
    seen.append(("block", ev.wait()))


def wait_for_event_timeout(ev, t):
    seen.append(("timeout", ev.wait(t)))


t1 = threading.Thread(name="block", target=wait_for_event, args=(e,))
t1.start()
t2 = threading.Thread(name="non-block", target=wait_for_event_timeout, args=(e, 0.05))
t2.start()
t2.join()
print(seen)
e.set()
t1.join()
print(sorted(seen), e.is_set())
e.clear()
print(e.is_set())

fired = []


def delayed(tag, extra=None):
    fired.append((tag, extra, threading.current_thread().name))


t1 = threading.Timer(0.05, delayed, args=("t1",), kwargs={"extra": 1})
t1.setName("t1")
t2 = threading.Timer(0.05, delayed, ["t2"])
t2.setName("t2")
print(isinstance(t1, threading.Thread), t1.name, t2.getName())
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)
t3 = threading.Timer(0.0, delayed, ("t3",))
t3.start()
t3.join()
print(fired[-1][:2], t3.name.startswith("Thread-"))
start = time.time()
time.sleep(0.05)
print("slept enough:", time.time() - start >= 0.04)
