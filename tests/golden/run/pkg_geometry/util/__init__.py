print("init util", __name__, __package__)
from . import mathx
