# Circular imports inside a package: partially initialised modules, access after init completes.
import sys
from pkg_cycle import a
print(a.use_b(), a.b.use_a(), "pkg_cycle.b" in sys.modules, sys.modules["pkg_cycle.a"] is a)
