# Closures: cells, nonlocal, late binding, counters, closures over loop variables.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), counter()[1]())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    return middle()(), x
print(outer())
def cell_names():
    a = 1
    b = 2
    def use():
        return a + b
    return use
fn = cell_names()
print(fn(), fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__], cell_names.__code__.co_cellvars)
def shadow():
    v = "enclosing"
    def read():
        return v
    v = "reassigned"
    return read()
print(shadow())
def unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    w = 1
unbound()
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc(); a(1); a(2); print(a(3))
