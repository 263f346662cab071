# global and nonlocal declarations, del of names/attributes/items/slices, NameError/UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)
def read_then_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
read_then_assign()
def outer():
    v = 1
    def inner():
        nonlocal v
        v *= 10
        del_me = 1
        del del_me
        try:
            del_me
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    inner()
    return v
print(outer())
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a = b = c = 3
del a, b
print(c, "a" in globals(), "c" in globals())
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
