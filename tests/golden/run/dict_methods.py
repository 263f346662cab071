# dict: insertion order, methods, views, merging, errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("x", []), d.setdefault("b", 99), d)
d.update({"y": 1}, z=2); d.update([("w", 0)]); print(d)
print(d.popitem(), d)
e = dict.fromkeys("abc", 0); print(e, dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("xy", [1, 2])))
print(d | {"new": 1}, {"a": 1} | {"a": 2})
f = {"q": 1}; f |= {"r": 2}; print(f)
del f["q"]; print(f, f.copy(), f == {"r": 2}, {1: 2} == {1: 2.0})
ks = d.keys()
d["late"] = 5
print(ks, "late" in ks, d.items() & {("late", 5)}, sorted(ks - {"b"}), reversed(d) is not None, list(reversed(d)))
for op in [lambda: {}["missing"], lambda: {}.pop("m"), lambda: {}.popitem(), lambda: {[]: 1}]:
    try:
        op()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}[1, 2])
d2 = {}
d2.clear(); print(d2, repr({}), repr({"s": [1, {2: 3}]}))
