# Deterministic parts of the time module: gmtime(0), struct_time fields, strftime on fixed tuples, monotonic ordering.
import time
t0 = time.gmtime(0)
print(t0.tm_year, t0.tm_mon, t0.tm_mday, t0.tm_hour, t0.tm_wday, t0.tm_yday, tuple(t0)[:6])
t1 = time.gmtime(1700000000)
print(tuple(t1))
print(time.strftime("%Y-%m-%d %H:%M:%S", t1), time.strftime("%a %b %d %j", t1))
print(time.asctime(t1))
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
start = time.perf_counter()
s = sum(range(1000))
print(s, time.perf_counter() - start >= 0)
print(time.mktime(time.localtime(0)) == 0 or True, isinstance(time.localtime(), time.struct_time))
time.sleep(0)
time.sleep(0.001)
print("slept")
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
