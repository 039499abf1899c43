# Python 3: triple-quoted strings keep newlines and embedded quotes
s = """line1
line2 "quoted" 'single'
line3"""
print(repr(s))
t = '''a
''b'' c'''
print(repr(t))
u = """\
no leading newline"""
print(repr(u))
v = r"""raw \n stays"""
print(repr(v))
print(len("""x
y"""))
def f():
    """Docstring of f."""
    return 1
print(f.__doc__)
