# Python 3: divmod, pow with modulus and bit operations on big and small ints
a = 2 ** 100 + 12345
print(divmod(a, 97), divmod(-a, 97), divmod(17, -5), divmod(-17, 5))
print(pow(3, 200, 1000007), pow(a, 3, 10 ** 9 + 7), pow(2, 10), pow(2, -1))
print(a & 0xFFFF, a | 1, a ^ a, a >> 90, 1 << 80, ~a, -a >> 3)
print(a.bit_length(), (255).bit_length(), (0).bit_length(), (-1) >> 100)
print(hex(a), oct(2 ** 70), bin(2 ** 65 + 1), hex(-255))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print((-a) & 0xFF, (-7) & 0xFF, 6 ^ -3, ~0)
