# Logger hierarchy: dotted names, effective levels, propagation, disabled
# loggers, and the last-resort handler for loggers with no handlers.
import logging

app = logging.getLogger('app')
db = logging.getLogger('app.db.pool')
print(db.parent is app, app.parent is logging.root, logging.getLogger() is logging.root)
print(logging.getLogger('root') is logging.root)
mid = logging.getLogger('app.db')
print(db.parent is mid, mid.parent is app)
print(app.getEffectiveLevel(), db.getEffectiveLevel())
db.warning('no handlers anywhere: the last resort prints only the message')
db.info('info is below the last resort level')
app.setLevel(logging.DEBUG)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), logging.root.isEnabledFor(logging.DEBUG))
mid.setLevel('ERROR')
print(db.getEffectiveLevel(), db.isEnabledFor(logging.WARNING))
logging.basicConfig(format='%(name)s:%(levelname)s:%(message)s')
db.error('propagates to the root handler')
mid.propagate = False
db.error('stops at app.db, which has no handler: last resort')
mid.propagate = True
db.disabled = True
db.critical('disabled logger')
db.disabled = False
db.critical('enabled again')
print(app.hasHandlers(), logging.getLogger('other').hasHandlers())
logging.disable(logging.ERROR)
db.error('disabled by logging.disable')
db.critical('critical passes')
logging.disable(logging.NOTSET)
child = app.getChild('web')
print(child.name, child is logging.getLogger('app.web'), child.parent is app)
for bad in ['LOUD', 3.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
