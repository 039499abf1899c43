import time

start = time.time()
mono = time.monotonic()
perf = time.perf_counter()
time.sleep(0.05)
print(0.04 < time.time() - start < 1.0, 0.04 < time.monotonic() - mono < 1.0, 0.04 < time.perf_counter() - perf < 1.0)
print(type(time.time_ns()).__name__, time.process_time() >= 0)
time.sleep(0)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:3], len(t), tuple(t), list(t)[:3])
year, month, *rest = t
print(year, month, rest)
print(t == time.gmtime(0), t == tuple(t))

p = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(p)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", p))
print(time.strftime("%d/%m/%Y", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print(time.asctime(p))
print(time.strptime("5 Mar 24 2:07 PM", "%d %b %y %I:%M %p"))
print(time.strptime("March 5, 2024", "%B %d, %Y")[:3])
print(time.strptime("", ""))
print(time.strptime("2024 100", "%Y %j")[:3])
for text, fmt in [("2024-13", "%Y-%m"), ("2024-x", "%Y-%m"), ("10", "%Q")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strftime("%Y", (2020, 1))
except TypeError as e:
    print("TypeError:", e)

local = time.localtime(86400 * 365)
print(time.mktime(local) == 86400 * 365)
print(time.localtime(1000000).tm_year, time.ctime(0)[-4:], len(time.ctime()))
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple))
