# Containers and subscripts: BUILD_*, STORE_SUBSCR, DELETE_SUBSCR, dict methods.
def f():
    d = {"a": 1}
    d["b"] = 2
    del d["a"]
    s = {1, 2}
    s.add(3)
    t = (1, *s)
    return d.get("b"), len(t), list(d.items())
f()
