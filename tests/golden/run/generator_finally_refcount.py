# A suspended generator's finally runs when it is dropped (reference counting), and on break out of a for loop.
def gen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)
g = gen("dropped")
next(g)
g = None
print("after drop")
for v in gen("loop"):
    if v == 2:
        break
print("after break")
def consume():
    it = gen("local")
    next(it)
    next(it)
    return "returning"
print(consume())
print("after consume")
g2 = gen("exhausted")
print(sum(g2))
print("end")
