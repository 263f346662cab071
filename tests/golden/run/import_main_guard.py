# __name__ == "__main__" for the script and the module name for imported modules.
print("script __name__ =", __name__)
import _guarded
print(_guarded.main(), _guarded.__name__)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
import sys
print(sys.modules["__main__"].__name__, "_guarded" in sys.modules, __file__.endswith("import_main_guard.py"))
import _guarded as g2
print(g2 is _guarded, "guarded module body ran once")
