# Python 3: an uncaught NameError inside a function prints a two-frame traceback
def helper():
    return missing_variable * 2
print("before")
helper()
