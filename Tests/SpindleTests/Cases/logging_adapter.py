# LoggerAdapter passes extra= to every record; a subclass's process()
# rewrites the message; basicConfig(filename=, filemode=) writes a file.
import logging
import os
import threading

path = 'logging_adapter.tmp'
logging.basicConfig(filename=path, filemode='w', level=logging.INFO,
                    format='%(levelname)s %(name)s [%(conn)s] %(message)s')
log = logging.getLogger('net')
adapter = logging.LoggerAdapter(log, {'conn': 'c-17'})
adapter.info('connected to %s:%d', 'example', 80)
adapter.debug('hidden below INFO')
adapter.log(logging.WARNING, 'slow reply after %d ms', 250)
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter, adapter.name)
adapter.setLevel(logging.ERROR)
adapter.warning('now hidden')
log.setLevel(logging.NOTSET)

class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return '<%s> %s' % (self.extra['conn'], msg), kwargs

tagged = Tagged(log, {'conn': 'c-18'})
tagged.error('closed by peer')
tagged.critical('%d retries left', 0)

def worker():
    adapter.info('from %s', threading.current_thread().name)
t = threading.Thread(target=worker, name='io-thread')
t.start()
t.join()
record_check = []
class Check(logging.Handler):
    def emit(self, record):
        record_check.append((record.thread == threading.get_ident(), record.conn))
log.addHandler(Check())
adapter.info('ident check')
print(record_check)
logging.shutdown()
with open(path) as f:
    print(f.read())
os.remove(path)
