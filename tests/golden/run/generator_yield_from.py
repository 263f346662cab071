# yield from: delegation, return values, send/throw pass-through, nested delegation.
def inner(n):
    for i in range(n):
        x = yield i
        if x:
            print("inner got", x)
    return f"inner-done-{n}"
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(1)
    print("r2 =", r2)
    return "outer-done"
g = outer()
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
def wrapper():
    yield from catcher()
w = wrapper()
print(next(w), w.throw(ValueError("boom")), next(w))
w.close()
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def deep(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from deep(n - 1)
    yield f"level{n}"
    return r + 1
d = deep(3)
print(list(d))
def ret_only():
    return 5
    yield
def get():
    v = yield from ret_only()
    yield v
print(list(get()))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def wrap_closer():
    try:
        yield from closer()
    finally:
        print("outer finally")
wc = wrap_closer(); next(wc); wc.close()
