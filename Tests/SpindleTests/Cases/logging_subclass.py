# Python subclasses of Handler (emit), Formatter (format) and Filter, and
# plain callables as filters.
import logging
class H(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
h = H()
h.setFormatter(logging.Formatter('%(name)s|%(levelname)-8s|%(message)s'))
log = logging.getLogger('app.sub')
log.addHandler(h)
log.propagate = False
log.critical('crit %d', 5)
log.info('hidden')
print(h.records)
print(repr(h), log, logging.root)
class F(logging.Formatter):
    def format(self, record):
        return '<' + super().format(record) + '>'
h.setFormatter(F('%(message)s!'))
log.error('x=%s', [1, 2])
print(h.records[-1])
class Only(logging.Filter):
    def filter(self, record):
        return 'keep' in record.getMessage()
h.addFilter(Only())
log.error('drop me')
log.error('keep me')
h.addFilter(lambda r: r.levelno > 40)
log.error('keep but error')
log.critical('keep crit')
print(h.records)
