# QueueHandler puts prepared records on a queue; a QueueListener thread
# takes them off and hands them to its handlers. Records keep the name of
# the thread that logged them.
import logging
import logging.handlers
import queue
import threading

records = queue.Queue()
log = logging.getLogger('queued')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(logging.handlers.QueueHandler(records))

class Collect(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.lines = []
    def emit(self, record):
        self.lines.append((threading.current_thread().name, self.format(record)))

collect = Collect()
collect.setFormatter(logging.Formatter('%(threadName)s %(levelname)s %(message)s'))
warn_only = Collect()
warn_only.setLevel(logging.WARNING)
listener = logging.handlers.QueueListener(records, collect, warn_only, respect_handler_level=True)
listener.start()

def work(n):
    log.debug('debug %d', n)
    log.warning('warning %d with %s', n, 'args')

workers = [threading.Thread(target=work, args=(i,), name='worker-%d' % i) for i in range(3)]
for t in workers:
    t.start()
    t.join()
log.error('from main')
listener.stop()
for line in collect.lines:
    print(line[0] != 'MainThread', line[1])
print(len(warn_only.lines), [line[1] for line in warn_only.lines])
record = logging.makeLogRecord({'msg': 'x %s', 'args': ('y',), 'name': 'n'})
prepared = logging.handlers.QueueHandler(None).prepare(record)
print(prepared.msg, prepared.args, prepared.message, prepared is record)
