# Python 3: an uncaught UnboundLocalError prints a traceback through the calls
total = 0
def add(n):
    total += n
    return total
def run():
    return add(5)
print("start")
run()
