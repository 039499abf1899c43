# StreamHandler on sys.stdout, StringIO and stderr; FileHandler writing a
# file; NullHandler; handler reprs; setStream; shutdown.
import io
import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s %(message)s')
logging.info('to stdout')
print(logging.root.handlers)

buffer = io.StringIO()
log = logging.getLogger('buf')
handler = logging.StreamHandler(buffer)
handler.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
log.addHandler(handler)
log.propagate = False
log.warning('into the buffer %d', 1)
log.error('and again')
print(repr(buffer.getvalue()))
old = handler.setStream(sys.stderr)
print(old is buffer, handler.setStream(sys.stderr))
log.warning('now on stderr')
print(handler, logging.StreamHandler(buffer), logging.NullHandler())

path = 'logging_streams.tmp'
file_handler = logging.FileHandler(path, mode='w')
file_handler.setLevel(logging.WARNING)
file_handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
flog = logging.getLogger('file')
flog.addHandler(file_handler)
flog.propagate = False
flog.setLevel(logging.DEBUG)
flog.info('below the handler level')
flog.warning('line one')
flog.critical('line %s', 'two')
print(os.path.basename(file_handler.baseFilename), file_handler.mode, file_handler.level)
print(repr(file_handler) == '<FileHandler %s (WARNING)>' % os.path.abspath(path))
file_handler.close()
with open(path) as f:
    print(repr(f.read()))
appender = logging.FileHandler(path)
flog.removeHandler(file_handler)
flog.addHandler(appender)
flog.error('appended')
logging.shutdown()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

null = logging.getLogger('null')
null.addHandler(logging.NullHandler())
null.error('swallowed by the NullHandler')
print('done')
