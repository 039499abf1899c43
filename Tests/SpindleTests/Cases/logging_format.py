# Record attributes in formats, with widths and alignment; the three
# format styles; extra= attributes; lazy %-arguments; format validation.
import logging

class Stream:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)
    def flush(self):
        pass

out = Stream()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter(
    '%(name)s %(levelno)d %(levelname)-8s|%(filename)s %(module)s %(lineno)4d %(funcName)-6s|'
    '(%(threadName)-10s) %(processName)s [%(message)8s] %(levelname)5.3s'))
log = logging.getLogger('fmt')
log.addHandler(handler)
log.setLevel(logging.DEBUG)

def worker():
    log.info('hi')
    log.debug('value %s of %d', 'x', 3)

worker()
log.warning(42)
log.warning(['not', 'a', 'string'])
log.error('100% literal without args')
log.error('%s')
log.info('%(a)s-%(b)s', {'a': 1, 'b': 2})
log.info('tuple arg %s', (1, 2))
handler.setFormatter(logging.Formatter('{levelname:<8}|{name:>6}|{message!r}|{lineno:03d}', style='{'))
log.info('brace %s', 'style')
handler.setFormatter(logging.Formatter('$levelname ${name}: $message $$', style='$'))
log.info('dollar style')
handler.setFormatter(logging.Formatter('%(user)s@%(ip)s %(message)s'))
log.info('with extra', extra={'user': 'ann', 'ip': '10.0.0.1'})
for line in out.lines:
    print(repr(line))
try:
    log.info('clash', extra={'message': 'no'})
except KeyError as e:
    print('KeyError', e)
try:
    log.info('clash', extra={'lineno': 1})
except KeyError as e:
    print('KeyError', e)
for args in [('no fields',), ('%(message)s', None, '#')]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print('ValueError', e)
f = logging.Formatter()
print(f._fmt, f.datefmt, logging.Formatter('%(message)s', '%H').datefmt)
record = logging.LogRecord('rec', logging.INFO, '/path/to/mod.py', 7, 'made %s', ('by hand',), None)
print(record.name, record.levelname, record.filename, record.module, record.lineno, record.getMessage())
print(f.format(record))
print(logging.Formatter('%(levelname)s:%(module)s:%(lineno)d:%(message)s').format(record))
