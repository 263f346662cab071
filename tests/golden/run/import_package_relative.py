# A package with subpackages, relative imports (. and ..), re-exports, module attributes; import order.
import pkg_geometry
from pkg_geometry import Square, Circle, area_sum
import pkg_geometry.util.mathx as mx
print(Square(2), Circle(1), area_sum([Square(2), Circle(1)]))
print(pkg_geometry.__name__, pkg_geometry.__package__, pkg_geometry.__doc__, pkg_geometry.VERSION)
print(mx.__name__, mx.__package__, mx.square(9), pkg_geometry.util.mathx is mx)
print(pkg_geometry.shapes.__name__, sorted(k for k in vars(pkg_geometry) if not k.startswith("__")))
print(pkg_geometry.__file__.endswith("__init__.py"), mx.__file__.endswith("mathx.py"), hasattr(pkg_geometry, "__path__"), hasattr(mx, "__path__"))
import pkg_geometry as again
print(again is pkg_geometry)
from pkg_geometry.util import mathx
print(mathx.rounded(2.345678, 3))
