# Python 3: exit() with a code ends the program after finally blocks run
def work():
    try:
        print("working")
        exit(3)
    finally:
        print("finally ran")
work()
print("never printed")
