# The gc module's small API: collect()'s argument checks, enable/disable.
# (collect()'s count is not printed: pyvm has no cycle collector, it finds 0.)
import gc

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for bad in (3, -1, "x", 2**70, 1.0):
    try:
        gc.collect(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print(e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print(e)


class Node:
    def __init__(self, name):
        self.name = name


import weakref
n = Node("a")
r = weakref.ref(n)
del n
gc.collect()
print(r())
