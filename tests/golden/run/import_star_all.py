# from m import * honours __all__; without __all__ it skips _private names.
from _star_source import *
print(public, also_public(), _exported_private)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from _no_all_source import *
print(visible, helper())
try:
    _hidden
except NameError as e:
    print("NameError:", e)
import _no_all_source
print(_no_all_source._hidden, sorted(k for k in dir(_no_all_source) if not k.startswith("__")))
