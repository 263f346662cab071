from math import *
from os.path import *

print(floor(pi), basename("/a/b.txt"), sqrt(16.0))
