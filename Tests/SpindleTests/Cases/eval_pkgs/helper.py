__all__ = ["exported", "double"]
loads = 1
CONSTANT = "constant"
exported = "exported value"
hidden = "hidden value"
def double(x):
    return x * 2
