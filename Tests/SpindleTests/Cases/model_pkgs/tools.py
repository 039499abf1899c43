def double(x):
    return x * 2

LOADED_AS = __name__

if __name__ == '__main__':
    print("tools run as main")
