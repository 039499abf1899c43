# parallel_cpu4.py - the parallel_cpu workload with four threads on however
# many cores the machine has.  The same CPU-bound function runs four times in
# a row on the main thread, then four times concurrently on four threads.
# stdout gets only the checksum; stderr gets both wall times and
# speedup = sequential / threaded.  With more threads than cores a
# free-threaded interpreter should still not be slower threaded (speedup
# >= 1.0); under a GIL the speedup stays near 1.0 or below.

import sys
import threading
import time

THREADS = 4
N = 600000


def crunch(seed, n):
    x = seed
    acc = 0
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        acc = (acc + (x >> 7) + i) % 1000000007
        i += 1
    return acc


def runner(slot, n, results):
    results[slot] = crunch(slot + 1, n)


def main():
    t0 = time.time()
    seq = [crunch(k + 1, N) for k in range(THREADS)]
    t1 = time.time()
    par = [0] * THREADS
    threads = [threading.Thread(target=runner, args=(k, N, par)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t2 = time.time()
    sequential = t1 - t0
    threaded = t2 - t1
    speedup = 0.0
    if threaded > 0:
        speedup = sequential / threaded
    sys.stderr.write("parallel_cpu4 sequential=%.3fs threaded=%.3fs speedup=%.2f\n"
                     % (sequential, threaded, speedup))
    checksum = 0
    for value in seq:
        checksum = (checksum * 31 + value) % 1000000007
    return "parallel_cpu4 checksum=%d match=%d" % (checksum, 1 if seq == par else 0)


print(main())
