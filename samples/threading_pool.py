# threading_pool.py: a fixed pool of three worker threads takes jobs from a shared queue until told to stop (Python 3).
import logging
import queue
import threading

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s',
                    )

class ThreadPool(object):
    """Runs submitted jobs on a fixed set of worker threads."""
    def __init__(self, size):
        self.jobs = queue.Queue()
        self.results = {}
        self.lock = threading.Lock()
        self.workers = [threading.Thread(name='pool-%d' % i, target=self.work)
                        for i in range(size)]
        for w in self.workers:
            w.start()

    def submit(self, key, function, *args):
        self.jobs.put((key, function, args))

    def work(self):
        done = 0
        while True:
            job = self.jobs.get()
            if job is None:
                break
            key, function, args = job
            result = function(*args)
            logging.debug('%s -> %s', key, result)
            with self.lock:
                self.results[key] = result
            done += 1
        logging.debug('stopping after %d jobs', done)

    def shutdown(self):
        for w in self.workers:
            self.jobs.put(None)
        for w in self.workers:
            w.join()

def square(n):
    return n * n

pool = ThreadPool(3)
for n in range(10):
    pool.submit('square(%d)' % n, square, n)
pool.shutdown()
print('results:', [pool.results['square(%d)' % n] for n in range(10)])
print('total:', sum(pool.results.values()))
