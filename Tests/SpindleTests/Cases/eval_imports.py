# Python 3: import forms, packages, relative imports, __all__, caching.
from __future__ import print_function
import eval_pkgs.helper
import eval_pkgs.helper as helper
import eval_pkgs.helper as again
print(helper is again, helper.__name__, helper.double(21))
from eval_pkgs.helper import double as twice, CONSTANT
print(twice(4), CONSTANT)
import eval_pkgs.pkg.sub.leaf
pkg = eval_pkgs.pkg
print(pkg.sub.leaf.where(), pkg.__name__, pkg.sub.__name__)
import eval_pkgs.pkg.sub.leaf as leaf
print(leaf.where())
from eval_pkgs.pkg import sibling_value
print(sibling_value)
from eval_pkgs.pkg.sub import leaf as leaf2
print(leaf2 is leaf)
from eval_pkgs.helper import *
print(exported, "hidden" in dir())
try:
    import does_not_exist
except ImportError as err:
    print(type(err).__name__, err)
try:
    from eval_pkgs.helper import nothing_here
except ImportError as err:
    print(type(err).__name__, "nothing_here" in str(err))
print("helper loaded", helper.loads, "time(s)")
