# Python 3: an exception raised inside a generator shows the generator's frame.
def numbers():
    yield 1
    yield 1 // 0

def total():
    return sum(numbers())

total()
