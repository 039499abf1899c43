# Module-level functions configure a default stderr handler on first use
# (WARNING:root:msg); a later basicConfig without force does nothing.
import logging

logging.debug('not shown: default level is WARNING')
logging.warning('first warning %s', 'configures the root logger')
logging.basicConfig(level=logging.DEBUG, format='%(message)s')
logging.info('still not shown: basicConfig was a no-op')
logging.error('error with %d and %s', 42, 'text')
logging.critical('a %(key)s from a mapping', {'key': 'value'})
logging.log(logging.ERROR, 'log() with a level: %r', [1, 2])
logging.fatal('fatal is critical')
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName('ERROR'))
logging.addLevelName(35, 'NOTICE')
print(logging.getLevelName(35), logging.getLevelName('NOTICE'))
logging.log(35, 'custom level')
print(len(logging.root.handlers), logging.root.level)
logging.basicConfig(level=logging.INFO, format='%(levelname)s|%(message)s', force=True)
logging.info('after force: %s', 'reconfigured')
logging.debug('hidden at INFO')
print(len(logging.root.handlers), logging.root.level)
