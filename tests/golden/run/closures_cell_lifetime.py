# Closure cells outlive their frames, are shared between closures, and see later rebinding.
def make():
    shared = []
    value = 0
    def add(x):
        shared.append(x)
    def setv(v):
        nonlocal value
        value = v
    def get():
        return value, list(shared)
    return add, setv, get
add, setv, get = make()
add(1); setv(10); add(2)
print(get())
add2, setv2, get2 = make()
print(get2(), get())
def counter_factory():
    counters = []
    for name in "ab":
        count = 0
        def tick(name=name):
            nonlocal count
            count += 1
            return name, count
        counters.append(tick)
    return counters
t1, t2 = counter_factory()
print(t1(), t2(), t1(), t2())
def rebind():
    x = "before"
    f = lambda: x
    x = "after"
    return f()
print(rebind())
def deleted():
    y = 1
    def get():
        return y
    del y
    try:
        get()
    except NameError as e:
        print("NameError:", e)
deleted()
