# __new__ vs __init__, returning other types from __new__, __del__ timing with reference counting.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, name):
        print("init", name)
        self.name = name
    def __del__(self):
        print("del", self.name)
t = Tracked("a")
t = None
print("after rebinding")
def scope():
    x = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
lst = [Tracked("in list")]
lst.clear()
print("after clear")
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Cached:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Cached() is Cached())
class WithArgs:
    def __init__(self, v):
        self.v = v
try:
    object.__new__(WithArgs).v
except AttributeError as e:
    print("AttributeError:", e)
try:
    WithArgs()
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
print("end")
