# Closures: creating and calling closures, nonlocal updates, higher-order functions.
def make_counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n
    return inc
def compose(f, g):
    return lambda x: f(g(x))
def adder(k):
    return lambda x: x + k
def run():
    total = 0
    for i in range(150000):
        c = make_counter()
        c(i)
        c(1)
        total += c(2)
    f = compose(adder(3), compose(adder(5), adder(-1)))
    for i in range(700000):
        total += f(i)
    return total
print(run())
