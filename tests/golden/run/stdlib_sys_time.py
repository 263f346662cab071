# sys and time attributes that pure-Python programs read (no machine-dependent values printed).
import sys
import time

print(sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.nan)
print(hash(float("inf")) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(sys.float_repr_style, sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval(), sys.float_info.mant_dig, sys.int_info.bits_per_digit, sys.byteorder)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("my.") else None)
sys.audit("my.event", 1, "two")
sys.audit("other.event")
print(events, sys.call_tracing(divmod, (7, 2)), sys.getfilesystemencodeerrors())
print(type(sys.thread_info).__name__, sys.breakpointhook is sys.__breakpointhook__, callable(sys.unraisablehook))
print(isinstance(sys.flags.optimize, int), sys.getdefaultencoding(), sys.intern("ab" + "c") == "abc")
st = time.gmtime(0)
print(st, st.tm_year, st[0:3], time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", st))
print(time.gmtime(86400 * 365.25 * 30 + 12345))
print(time.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("15 Mar 2021", "%d %b %Y"), time.strptime("23:59", "%H:%M")[:6])
for bad in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 x", "%Y-%m-%d")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError", e)
print(time.asctime(time.gmtime(10**9)), time.mktime(time.localtime(1000)) - time.mktime(time.localtime(0)))
for name in ("time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns"):
    print(name, type(getattr(time, name)()).__name__)
print(len(time.tzname), type(time.timezone).__name__)
