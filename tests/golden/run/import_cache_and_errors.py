# Modules load once (sys.modules cache); import forms; ImportError / ModuleNotFoundError messages.
import _counter_mod
import _counter_mod as cm
from _counter_mod import bump, count
print(bump(), bump(), cm.count, count, _counter_mod is cm)
import sys
print(type(sys.modules["_counter_mod"]).__name__, cm.__name__, cm.__spec__.name if cm.__spec__ else None)
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _counter_mod import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import _counter_mod.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
import math, itertools as it
print(math.__name__, it.__name__, callable(math.sqrt))
def local_import():
    import _counter_mod as inner
    return inner.bump()
print(local_import(), cm.count)
