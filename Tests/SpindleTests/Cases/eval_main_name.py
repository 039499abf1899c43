# Python 3: the main script's module name.
print(__name__)
if __name__ == "__main__":
    print("running as main")
