# Python 3: import a.b, from a import b as c, __name__ of imported helper modules vs main
import model_pkgs.tools
import model_pkgs.sub.deep
from model_pkgs import tools as t
from model_pkgs.sub.deep import greet as g, VALUE
from model_pkgs.sub import deep
print(model_pkgs.PKG_NAME)
print(model_pkgs.tools.double(21))
print(t is model_pkgs.tools)
print(t.LOADED_AS)
print(model_pkgs.sub.deep.VALUE, VALUE)
print(g("world"))
print(deep.greet("x"), deep is model_pkgs.sub.deep)
print(__name__)
if __name__ == '__main__':
    print("main block runs")
try:
    from model_pkgs import nothing_here
except ImportError as e:
    print(type(e).__name__)
