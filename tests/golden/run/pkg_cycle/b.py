print("b: start")
from . import a
B_VALUE = "b-value"
def use_a():
    return a.A_VALUE
print("b: partially initialised a has A_VALUE:", hasattr(a, "A_VALUE"))
