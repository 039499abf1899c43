import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.fabs(-2), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5))
print(math.floor(1e20), math.ceil(-1e30), type(math.floor(2.5)).__name__)
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(2 ** 70, 2 ** 65 * 3), math.lcm(4, 6))
print(math.isqrt(17), math.isqrt(10 ** 30), math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(5))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.nan))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 4), math.pow(2, 10), math.pow(4, 0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.modf(-2.5), math.modf(3.0), math.frexp(8), math.frexp(0.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1))
print(math.log(2 ** 1000), math.sqrt(10 ** 40), math.exp(-1000))

checks = [
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("math.log(-1)", lambda: math.log(-1)),
    ("math.log(1, 1)", lambda: math.log(1, 1)),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("math.factorial(-1)", lambda: math.factorial(-1)),
    ("math.floor(math.inf)", lambda: math.floor(math.inf)),
    ("math.floor(math.nan)", lambda: math.floor(math.nan)),
    ("math.sqrt('a')", lambda: math.sqrt('a')),
    ("math.gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("math.sqrt()", lambda: math.sqrt()),
    ("math.sqrt(1, 2)", lambda: math.sqrt(1, 2)),
    ("math.atan2(1)", lambda: math.atan2(1)),
    ("math.fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("math.acos(2)", lambda: math.acos(2)),
    ("math.pow(0, -1)", lambda: math.pow(0, -1)),
    ("math.isqrt(-1)", lambda: math.isqrt(-1)),
    ("math.comb(3, -1)", lambda: math.comb(3, -1)),
    ("math.ldexp(1, 2000)", lambda: math.ldexp(1, 2000)),
    ("math.trunc('x')", lambda: math.trunc('x')),
    ("math.nosuch", lambda: math.nosuch),
]
for label, call in checks:
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)
