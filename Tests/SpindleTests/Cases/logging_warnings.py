# captureWarnings(True) sends warnings.warn through the py.warnings logger;
# captureWarnings(False) restores the usual stderr output.
import logging
import warnings

logging.basicConfig(format='%(levelname)s|%(name)s|%(message)s')
logging.captureWarnings(True)
warnings.warn('captured warning')
warnings.warn('shown through logging', UserWarning)
print(logging.getLogger('py.warnings').handlers)
logging.captureWarnings(False)
warnings.warn('not captured any more')
print('done')
