# idle_threads.py - resident memory of idle threads.  Starts 1,000 threads
# that each register themselves and then block on one Event, reads the
# process's resident set size (VmRSS in /proc/self/status, Linux only)
# before and after, then releases and joins them.  stdout gets only the
# checksum; stderr gets rss_per_thread_kib = (after - before) / threads.

import sys
import threading
import time

THREADS = 1000


def resident_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    gate = threading.Event()
    lock = threading.Lock()
    ready = []

    def idle(k):
        with lock:
            ready.append(k)
        gate.wait()

    # One thread started and joined first, so one-time costs of the first
    # thread are not counted as per-thread costs.
    warm = threading.Thread(target=lambda: None)
    warm.start()
    warm.join()
    before = resident_kib()
    threads = [threading.Thread(target=idle, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    while True:
        with lock:
            if len(ready) == THREADS:
                break
        time.sleep(0.01)
    after = resident_kib()
    gate.set()
    for t in threads:
        t.join()
    sys.stderr.write("idle_threads before=%dKiB after=%dKiB rss_per_thread_kib=%.1f\n"
                     % (before, after, float(after - before) / THREADS))
    return "idle_threads checksum=%d alive=%d" % (sum(ready), threading.active_count())


print(main())
