# exc_info=True, Logger.exception and exception instances as exc_info:
# the traceback follows the message, as CPython formats it.
import logging

logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
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
