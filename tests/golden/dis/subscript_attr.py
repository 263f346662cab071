class Obj:
    pass


def subs(d, k, o):
    v = d[k]
    d[k] = v + 1
    d["new"] = [0, 1]
    d["new"][0] = 5
    del d["new"]
    o.attr = 1
    o.attr += 1
    x = o.attr
    del o.attr
    return v, x, d


o = Obj()
print(subs({"k": 1}, "k", o), hasattr(o, "attr"))
