# Python 3: SystemExit with a message prints it to stderr and exits with status 1.
print("about to exit")
try:
    raise SystemExit(3)
except SystemExit as err:
    print("caught SystemExit", err.code)
raise SystemExit("fatal: stopping")
