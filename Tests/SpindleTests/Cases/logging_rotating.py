# RotatingFileHandler names backups name.1, name.2, ... and keeps
# backupCount of them; TimedRotatingFileHandler's schedule settings and a
# forced rollover.
import logging
import logging.handlers
import os

base = 'logging_rotating.tmp'

def cleanup():
    for name in sorted(os.listdir('.')):
        if name.startswith(base):
            os.remove(name)

def show():
    for name in sorted(os.listdir('.')):
        if name.startswith(base):
            with open(name) as f:
                print(name, repr(f.read()))

cleanup()
handler = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
handler.setFormatter(logging.Formatter('%(message)s'))
log = logging.getLogger('rot')
log.addHandler(handler)
log.propagate = False
for i in range(7):
    log.warning('record number %d', i)
show()
print(handler.maxBytes, handler.backupCount, handler.mode)
handler.doRollover()
show()
handler.close()
cleanup()

timed = logging.handlers.TimedRotatingFileHandler(base, when='m', interval=5, backupCount=1)
print(timed.when, timed.interval, timed.suffix, timed.backupCount, timed.utc)
for when, interval in [('S', 1), ('H', 2), ('D', 1), ('MIDNIGHT', 1), ('W3', 1)]:
    h = logging.handlers.TimedRotatingFileHandler(base, when=when, interval=interval, delay=True)
    print(when, h.interval, h.suffix)
for bad in ['X', 'W7', 'W']:
    try:
        logging.handlers.TimedRotatingFileHandler(base, when=bad, delay=True)
    except ValueError as e:
        print('ValueError', e)
timed.setFormatter(logging.Formatter('%(message)s'))
log.removeHandler(handler)
log.addHandler(timed)
log.warning('before rollover')
timed.doRollover()
log.warning('after rollover')
names = sorted(n for n in os.listdir('.') if n.startswith(base))
print(len(names), names[0], [len(n) for n in names])
timed.close()
cleanup()
