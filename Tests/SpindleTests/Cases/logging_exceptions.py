# exc_info=True, Logger.exception and exception instances as exc_info:
# the traceback follows the message, as CPython formats it.
import logging

class ShortPaths(logging.Formatter):
    # Script paths differ between runs; keep only the file name.
    def formatException(self, ei):
        lines = super().formatException(ei).split('\n')
        for i, line in enumerate(lines):
            if line.startswith('  File "'):
                head, path, tail = line.split('"', 2)
                lines[i] = head + '"' + path.split('/')[-1] + '"' + tail
        return '\n'.join(lines)

handler = logging.StreamHandler()
handler.setFormatter(ShortPaths('%(levelname)s:%(name)s:%(message)s'))
logging.basicConfig(handlers=[handler])
log = logging.getLogger('exc')

def fail(n):
    if n == 0:
        raise ValueError('bad value %d' % n)
    fail(n - 1)

try:
    fail(2)
except ValueError:
    log.exception('caught: %s', 'with traceback')

try:
    {}['missing']
except KeyError as e:
    log.error('as instance', exc_info=e)
    log.warning('no exc_info')
    log.info('info hidden', exc_info=True)
    logging.exception('module level')

log.error('outside a handler', exc_info=True)
