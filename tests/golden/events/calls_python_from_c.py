# Python functions called from C (key functions, map, __eq__ from list.index): PY_START without CALL.
class E:
    def __eq__(self, other):
        return True
def key(x):
    return -x
def f():
    sorted([1, 2], key=key)
    list(map(key, [3]))
    [E()].index(5)
f()
