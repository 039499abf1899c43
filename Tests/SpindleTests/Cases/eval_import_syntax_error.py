# Python 3: a syntax error in an imported module is a SyntaxError exception.
try:
    import eval_pkgs.syntax_error_module
except SyntaxError as err:
    print("caught", type(err).__name__, err.lineno)
import eval_pkgs.syntax_error_module
