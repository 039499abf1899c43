# At exit, logging.shutdown() flushes and closes every handler, newest
# first, calling the methods Python subclasses override.
import logging

class Buffered(logging.Handler):
    def __init__(self, label):
        logging.Handler.__init__(self)
        self.label = label
        self.pending = []
    def emit(self, record):
        self.pending.append(self.format(record))
    def flush(self):
        for line in self.pending:
            print(self.label, line)
        self.pending = []
    def close(self):
        print(self.label, 'closed')
        logging.Handler.close(self)

log = logging.getLogger('buffered')
log.addHandler(Buffered('first'))
log.addHandler(Buffered('second'))
log.warning('kept until exit')
log.error('also kept')
print('end of script')
