# Lib modules over pyvm's natives: enum, copy, weakref (WeakKeyDictionary), bisect over _bisect, time.struct_time built from a sequence.
import enum, copy, bisect, weakref
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name, Color["GREEN"].value)
class F(enum.IntFlag):
    A = 1
    B = 2
print(F.A | F.B, int(F.A | F.B))
print(copy.deepcopy({"a": [1, 2, {"b": (3,)}]}), copy.copy([1, 2]))
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect)
class K: pass
k = K(); r = weakref.ref(k); print(r() is k)
wd = weakref.WeakKeyDictionary(); wd[k] = 1; print(len(wd), wd[k])
import time, sys
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(st, st.tm_year, len(st))
for bad in [(1, 2), tuple(range(12)), 5]:
    try: time.struct_time(bad)
    except TypeError as e: print("TypeError", e)
try: type(sys.version_info)((3, 14, 0, "final", 0))
except TypeError as e: print("TypeError", e)
import bisect
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3, 1, 3), bisect.bisect_left(a, 2, hi=None))
bisect.insort_left(a, 2); bisect.insort(a, 5, key=None); print(a)
recs = [(1, "a"), (3, "c")]
bisect.insort(recs, (2, "b"), key=lambda r: r[0]); print(recs, bisect.bisect(recs, 2, key=lambda r: r[0]))
try: bisect.bisect(a, 1, -1)
except ValueError as e: print("ValueError", e)
try: bisect.bisect(a, 1, 0, 2, None)
except TypeError as e: print("TypeError", e)
