# Lets CPython (2.7 or 3) run the samples at Spindle's test speed: when
# SPINDLE_TIME_SCALE is set, every sleep and every timeout the samples use
# (time.sleep, Condition.wait/wait_for, so Event.wait and Timer too, and
# Thread.join) is multiplied by it, as `spindle --time-scale` does.
# The sample tests put this directory on PYTHONPATH when they run CPython.
import os

_scale = float(os.environ.get('SPINDLE_TIME_SCALE', '1'))

def _scaled(function):
    def call(self, timeout=None, *rest):
        if timeout is not None:
            timeout = timeout * _scale
        return function(self, timeout, *rest)
    return call

def _install():
    import threading
    import time
    real_sleep = time.sleep
    def sleep(seconds):
        real_sleep(seconds * _scale)
    time.sleep = sleep
    threading._sleep = sleep
    condition = getattr(threading, '_Condition', threading.Condition)
    condition.wait = _scaled(condition.wait)
    threading.Thread.join = _scaled(threading.Thread.join)
    if hasattr(condition, 'wait_for'):
        real_wait_for = condition.wait_for
        def wait_for(self, predicate, timeout=None):
            if timeout is not None:
                timeout = timeout * _scale
            return real_wait_for(self, predicate, timeout)
        condition.wait_for = wait_for

if _scale != 1:
    _install()
