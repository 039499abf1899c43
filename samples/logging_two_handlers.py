# logging_two_handlers.py: a named logger with two handlers, INFO and up on stdout, everything with details on stderr (Python 2.7 and 3).
import logging
import sys
import threading

log = logging.getLogger('app')
log.setLevel(logging.DEBUG)

console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
log.addHandler(console)

details = logging.StreamHandler(sys.stderr)
details.setFormatter(logging.Formatter(
    '%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s'))
log.addHandler(details)

def worker(n):
    job_log = logging.getLogger('app.job%d' % n)
    job_log.debug('starting job %d', n)
    job_log.info('job %d done', n)

log.info('starting 3 jobs')
threads = [threading.Thread(name='job-%d' % n, target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.warning('all jobs finished')
log.debug('shutting down')
