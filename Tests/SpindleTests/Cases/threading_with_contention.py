# Several threads enter the same locks through 'with' on function locals
# (the interpreter borrows the manager from the frame) while others
# acquire them explicitly, with timeouts and non-blocking attempts; the
# totals must come out exact. Each lock guards its own box: updates under
# different locks would race with each other.
import threading

ROUNDS = 3000
WORKERS = 4


class Box(object):
    def __init__(self):
        self.value = 0


def worker(lock, rlock, cond, boxes, tallies, index):
    locked, rlocked, conditioned = boxes
    i = 0
    while i < ROUNDS:
        with lock:
            locked.value += 1
        with rlock:
            with rlock:
                rlocked.value += 2
        with cond:
            conditioned.value += 3
        if lock.acquire(True, 0.5):
            locked.value += 4
            lock.release()
        else:
            with lock:
                locked.value += 4
        if rlock.acquire(False):
            rlocked.value += 5
            rlock.release()
        else:
            with rlock:
                rlocked.value += 5
        i += 1
    tallies[index] = i


def main():
    lock = threading.Lock()
    rlock = threading.RLock()
    cond = threading.Condition(threading.Lock())
    boxes = (Box(), Box(), Box())
    tallies = [None] * WORKERS
    threads = [threading.Thread(target=worker, args=(lock, rlock, cond, boxes, tallies, k))
               for k in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("totals", [b.value for b in boxes], "expected",
          [WORKERS * ROUNDS * k for k in (5, 7, 3)], "rounds", sum(tallies))
    print("free", lock.acquire(False), rlock.acquire(False))
    lock.release()
    rlock.release()

    # A held lock times out; an RLock owned by another thread cannot be
    # released here and is not entered by a non-blocking attempt.
    held = threading.Lock()
    held.acquire()
    print("timed out", held.acquire(True, 0.01), held.acquire(False))
    owned = threading.RLock()
    ready = threading.Event()
    done = threading.Event()

    def owner():
        owned.acquire()
        owned.acquire()
        ready.set()
        done.wait()
        owned.release()
        owned.release()

    t = threading.Thread(target=owner)
    t.start()
    ready.wait()
    try:
        owned.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print("foreign attempt", owned.acquire(False), owned.acquire(True, 0.01))
    done.set()
    t.join()
    with owned:
        print("entered after owner left", owned._is_owned())


main()
