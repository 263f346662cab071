# Evaluation order of operands, arguments, displays, assignments, subscripts and attributes.
def t(label, v=None):
    print("eval", label)
    return v if v is not None else label
print(t("a", 1) + t("b", 2) * t("c", 3))
def f(*a, **k):
    return a, k
f(t("p1"), t("p2"), k1=t("k1"), k2=t("k2"))
print({t("k1"): t("v1"), t("k2"): t("v2")})
print([t("l1"), t("l2")], (t("t1"), t("t2")))
d = {}
d[t("key")] = t("value")
class O:
    pass
o = O()
t("obj", o).attr = t("rhs")
x = [0, 0]
x[t("idx", 1)] = t("val", 5)
print(x)
a = b = t("chained")
print(a, b)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
print(t("cond", True) if t("test", 1) else t("other"))
print(t("x", 1) < t("y", 2) < t("z", 3))
s = t("first", 1) + t("second", 2)
print(s)
def g(a=t("default evaluated at def")):
    return a
print("after def")
print(g())
