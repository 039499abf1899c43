from .. import sub
def where():
    return __name__
