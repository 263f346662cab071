# Circular imports inside a package: partially initialised modules, access after init completes.
import sys
print("pkg_cycle" in sys.modules)
from pkg_cycle import a
print(a.use_b(), a.b.use_a(), "pkg_cycle.b" in sys.modules, sys.modules["pkg_cycle.a"] is a)
import pkg_cycle
print(pkg_cycle.a is a, pkg_cycle.b is a.b, sorted(k for k in vars(pkg_cycle) if not k.startswith("__")))
from pkg_cycle.b import B_VALUE, use_a
print(B_VALUE, use_a())
import pkg_cycle.a as again
print(again is a, again.__name__, again.__package__)
