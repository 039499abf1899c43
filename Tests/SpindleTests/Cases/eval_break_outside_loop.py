# Python 3: break outside a loop is a syntax error found before anything runs.
print("never printed")
for i in range(3):
    def f():
        break
