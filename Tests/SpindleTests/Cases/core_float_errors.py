# Python 3: float overflow and division-by-zero errors name the operation
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("3.0**1000", lambda: 3.0 ** 1000)
t("10**400.0", lambda: 10 ** 400.0)
t("(-1e200)**3", lambda: (-1e200) ** 3)
t("inf**2", lambda: float("inf") ** 2)
t("1e308**1", lambda: 1e308 ** 1)
t("1.0//0.0", lambda: 1.0 // 0.0)
t("1//0.0", lambda: 1 // 0.0)
t("divmod(1.0,0.0)", lambda: divmod(1.0, 0.0))
t("1.0%0", lambda: 1.0 % 0)
t("1/0.0", lambda: 1 / 0.0)
t("0.0**-1", lambda: 0.0 ** -1)
t("1e308*10", lambda: 1e308 * 10)
