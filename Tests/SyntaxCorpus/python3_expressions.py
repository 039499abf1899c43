# Expressions of every precedence level.
value = lambda: 0
value = lambda x, y=1, *a, k, **kw: x if y else k
value = lambda *, k=2: k
value = a if b else c if d else e
value = a or b and not c
value = a < b <= c != d == e > f >= g
value = a is not b, a not in b, a in b, a is b
value = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
value = -2 ** -1, ~x, +y, 2 ** 3 ** 2
value = f(a, b=1, *c, **d)(e)[f].g
value = sum(x for x in range(10))
value = f(*a, *b, c=1, **d, e=2)
value = s[1], s[1:2], s[::3], s[:], s[1:2, ::3], s[...], s[1,]
value = (), (1,), (1), [], [1, *a, 2,], {}, {1: 2, **m}, {**m}, {1, *s}
value = [x * y for x in a if x if x > 1 for y in b]
value = {k: v for k, v in pairs}
value = {x for x in items}
value = (x for x in items)
value = [x for x in a if lambda: 1]
value = (yield)
value = None, True, False, ...
value = 'single' "double" '''triple
quoted''' """also
triple"""
value = b'bytes' rb'\raw' Br'\raw'
value = 1_000 + 0x_ff + 0o17 + 0b101 + 1e3 + .5 + 5. + 1_0.5e-2 + 2E+2
value = 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF
value = (1 +
         2)
value = [
    1,

    2,
]
value = 1 + \
    2
value = 1if x else 2
value = f"plain {value} {value!r:>{width}} {value=} {{braces}}" rf"\raw{value}" F'''multi
{value:.{precision}f}'''
