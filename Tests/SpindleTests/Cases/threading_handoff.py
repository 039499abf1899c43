import threading
import _thread

# Thread start does not wait for the new thread, yet its identity is known
# at once and matches what the thread itself sees.
gate = threading.Event()
seen = {}


def body():
    seen["ident"] = threading.get_ident()
    seen["native"] = threading.get_native_id()
    seen["name"] = threading.current_thread().name
    gate.wait()


t = threading.Thread(target=body, name="worker")
t.start()
ident, native = t.ident, t.native_id
print("alive after start:", t.is_alive(), t in threading.enumerate())
print("repr:", repr(t).replace(str(ident), "IDENT"))
gate.set()
t.join()
print("ident matches:", ident == seen["ident"], "native id matches:", native == seen["native"], seen["name"])
print("alive after join:", t.is_alive(), repr(t).replace(str(ident), "IDENT"))

# _thread.start_new_thread returns the ident the new thread reports.
reported = []
done = threading.Lock()
done.acquire()


def raw():
    reported.append(_thread.get_ident())
    done.release()


returned = _thread.start_new_thread(raw, ())
done.acquire()
print("start_new_thread ident matches:", returned == reported[0])


# Strict alternation through a Condition, over an RLock and over a Lock.
def pingpong(cond, rounds):
    state = {"turn": 0, "count": 0, "errors": 0}

    def player(me):
        with cond:
            while True:
                while state["turn"] != me and state["count"] < rounds:
                    cond.wait()
                if state["count"] >= rounds:
                    cond.notify()
                    return
                if state["count"] % 2 != me:
                    state["errors"] += 1
                state["count"] += 1
                state["turn"] = 1 - me
                cond.notify()

    players = [threading.Thread(target=player, args=(k,)) for k in (1, 0)]
    for p in players:
        p.start()
    for p in players:
        p.join()
    return state["count"], state["errors"]


print("pingpong rlock:", pingpong(threading.Condition(), 3000))
print("pingpong lock:", pingpong(threading.Condition(threading.Lock()), 3000))

# notify(n) wakes n waiters; notify_all the rest; a timed wait nobody
# notifies returns False.
cond = threading.Condition()
woken = []
ready = threading.Semaphore(0)


def sleeper(k):
    with cond:
        ready.release()
        woken.append((k, cond.wait()))


sleepers = [threading.Thread(target=sleeper, args=(k,)) for k in range(5)]
for s in sleepers:
    s.start()
for _ in sleepers:
    ready.acquire()
# Each sleeper held the lock from its release() until its wait() let go
# of it, so once the lock is free here, all five are waiting.
with cond:
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
print("after notify(2):", len(woken))
with cond:
    cond.notify_all()
for s in sleepers:
    s.join()
print("all woken:", sorted(woken))
with cond:
    print("unnotified timed wait:", cond.wait(0.05))
