# asctime: the default layout with milliseconds, datefmt through strftime,
# converter (time.gmtime) set on a Formatter subclass or on Formatter
# itself; created/msecs/relativeCreated/process of live records.
import logging
import os
import time

class Fixed(logging.Formatter):
    converter = time.gmtime
    def format(self, record):
        record.created = 1361428669.549
        record.msecs = 549.0
        return super().format(record)

class Capture(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.records = []
    def emit(self, record):
        self.records.append(record)
        print(self.format(record))

capture = Capture()
log = logging.getLogger('time')
log.addHandler(capture)
log.propagate = False
capture.setFormatter(Fixed('%(asctime)s %(levelname)s %(message)s'))
log.warning('default asctime')
capture.setFormatter(Fixed('%(asctime)s|%(message)s', datefmt='%d/%m/%Y %I:%M:%S %p %j %a %b'))
log.warning('with datefmt')
capture.setFormatter(Fixed('{asctime} {message}', style='{'))
log.warning('brace style asctime')
Fixed.default_msec_format = '%s.%03d'
capture.setFormatter(Fixed('%(asctime)s %(message)s'))
log.warning('custom msec format')
logging.Formatter.converter = time.gmtime
plain = logging.Formatter('%(asctime)s', '%Y')
record = logging.makeLogRecord({'created': 0.25, 'msecs': 250.0, 'msg': 'epoch'})
print(plain.format(record), logging.Formatter('%(asctime)s').format(record))
print(plain.formatTime(record), plain.formatTime(record, '%H:%M'), plain.usesTime())
capture.setFormatter(logging.Formatter('%(message)s'))
before = time.time()
log.warning('live')
after = time.time()
r = capture.records[-1]
print(before - 0.001 <= r.created <= after + 0.001, int(r.msecs) == int((r.created - int(r.created)) * 1000))
print(r.relativeCreated > 0, r.process == os.getpid(), r.processName, r.threadName)
print(r.name, r.levelno, r.levelname, r.lineno, r.funcName, r.module, r.filename, r.args, r.exc_info)
