# Python 3: SystemExit(n) sets the exit status; finally blocks still run.
try:
    raise SystemExit(4)
finally:
    print("cleanup")
