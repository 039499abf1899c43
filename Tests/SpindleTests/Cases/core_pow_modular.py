# Python 3: three-argument pow, including negative exponents (modular inverse) and negative moduli
for args in [(3, -1, 7), (2 ** 100, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (3, -1, 1), (3, -1, -1), (2, -1, 4), (0, -1, 5), (5, 0, 1), (5, 0, -1), (7, 3, -5), (10, -3, 2 ** 61 - 1)]:
    try:
        print(args, pow(*args))
    except ValueError as e:
        print(args, "ValueError", e)
