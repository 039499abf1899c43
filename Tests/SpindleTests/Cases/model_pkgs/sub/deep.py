VALUE = 42

def greet(name):
    return "hello " + name
