# %d and %f written straight into the output: signs, flags, widths,
# extreme machine ints, big ints, floats rounding half to even, tiny and
# large values, and zero padding after the sign.
for n in (0, 7, -7, 42, -123456, 2**63 - 1, -2**63, 2**64, -2**70, True, 3.99, -3.99):
    print("[%d|%5d|%-6d|%+d|% d|%05d|%+07d|%.3d|%i|%u]" % (n, n, n, n, n, n, n, n, n, n))
for x in (0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123.456, -123.456, 99.995, 1e15, 9.2e18,
          1e19, 2.0**-1074, 1/3, 100.0 * 7 / 11, float("inf"), float("-nan")):
    print("[%f|%.0f|%.1f|%6.2f|%-8.3f|%+.2f|%08.2f|%.17f|%.20f]" % (x, x, x, x, x, x, x, x, x))
print("%-8s|%5d|%6.2f%%|%s" % ("kalo", 17, 100.0 * 17 / 4321, "KALO"))
print("%d%%" % 5, "%s-%d" % ("\u00e9\u4e16", -0))
