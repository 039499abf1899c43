# Python 3: RecursionError from infinite recursion is catchable and the interpreter keeps working
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", isinstance(e, RuntimeError))
class Loop:
    def __getattr__(self, name):
        return self.other
try:
    Loop().x
except RecursionError:
    print("caught attribute recursion")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
try:
    down(0)
except RuntimeError as e:
    print("as RuntimeError", type(e).__name__)
