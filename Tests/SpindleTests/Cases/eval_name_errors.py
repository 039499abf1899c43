# Python 3: NameError, UnboundLocalError and free-variable messages.
def unbound():
    print(value)
    value = 1
try:
    unbound()
except UnboundLocalError as err:
    print(type(err).__name__, err)
try:
    undefined_name
except NameError as err:
    print(type(err).__name__, err)
def free():
    def inner():
        return late
    result = inner
    return result
try:
    free()()
except NameError as err:
    print(type(err).__name__, err)
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as err:
    print(err)
print(undefined_at_the_end)
