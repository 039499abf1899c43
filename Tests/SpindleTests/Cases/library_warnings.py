import sys
import warnings


def f():
    warnings.warn("careful")


for i in range(2):
    f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("x", RuntimeWarning)
warnings.warn("x", RuntimeWarning)
warnings.simplefilter("always")
warnings.warn("x", RuntimeWarning)
warnings.warn("x", RuntimeWarning)
warnings.filterwarnings("ignore", message="sec")
warnings.warn("secret")
warnings.warn("public")
warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.warn("quiet", RuntimeWarning)
warnings.filterwarnings("error", category=UserWarning)
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec", UserWarning)
    warnings.warn(UserWarning("instance"))
    print(len(w), w[0].message, w[0].category.__name__, w[0].lineno, w[1].message)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
try:
    warnings.warn("bad", 5)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3), end="")
shown = []
warnings.resetwarnings()
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append((str(message), category.__name__, lineno))
warnings.warn("custom")
print(shown)
sys.stdout.flush()
