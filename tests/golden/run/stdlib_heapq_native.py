# heapq over the native _heapq (builtin functions as in CPython), string.Formatter over _string, collections.ChainMap/UserDict from Lib.
import heapq
print(heapq.heappush, heapq.heappop)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0, 3, 8, 2, 6, 5]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 10), heapq.heappushpop(l, -1), l)
print(heapq.nlargest(3, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]), list(heapq.merge([1, 4], [2, 3])))
m = [1, 5, 3, 9, 2]; heapq.heapify_max(m); print(m, heapq.heappop_max(m), m)
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
try: heapq.heappush((), 1)
except TypeError as e: print("TypeError", e)
try: heapq.heapify(3)
except TypeError as e: print("TypeError", e)
import string
from collections import ChainMap, UserDict, UserList
print(string.Formatter().format("{0:>4}|{name!r}|{x[1]}", 7, name="n", x=[0, 9]))
print(list(string.Formatter().parse("a{{b}}{0!s:>3}")))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), cm.new_child({"c": 4}).maps)
u = UserDict(a=1)
u["b"] = 2
print(u, len(u), UserList([3, 1]) + [2])
