import os
import os.path
import collections.abc as cabc
from json import dumps, loads as parse
from os.path import *
import importlib.util as iu, sys


def lazy():
    import math
    from math import sqrt as root
    return root(math.pi)


def relative():
    from . import sibling
    from ..pkg.mod import name
    return sibling, name


print(dumps(parse("[1]")), cabc.Sequence, join("a", "b"), iu.__name__, lazy() > 1, sys.version_info >= (3, 14))
