# Python 3: sys.exit(3) sets the exit status after finally blocks run; SystemExit can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(2)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    print("exiting")
    sys.exit(3)
finally:
    print("finally before exit")
print("never")
