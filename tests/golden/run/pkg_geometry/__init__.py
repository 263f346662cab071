"""A small package: re-exports from submodules via relative imports."""
print("init pkg_geometry", __name__, __package__)
from .shapes import Square, Circle
from . import util
__all__ = ["Square", "Circle", "area_sum"]
VERSION = (1, 2)
def area_sum(shapes):
    return util.mathx.rounded(sum(s.area() for s in shapes))
