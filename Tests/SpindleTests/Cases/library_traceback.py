import io
import sys
import traceback


def fail(n):
    if n == 0:
        raise ValueError("deep problem")
    fail(n - 1)


try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len(text.splitlines()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    kind, value, tb = sys.exc_info()
    lines = traceback.format_exception(kind, value, tb)
    print("".join(lines) == text, lines[0], end="")
    print(traceback.format_exception_only(kind, value))

print(repr(traceback.format_exc()))
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    out = traceback.format_exc()
    print("direct cause" in out, out.splitlines()[-1])
    traceback.print_exception(type(e), e, e.__traceback__)
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
print("done")
