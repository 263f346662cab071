def counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        del count

    return inc, get, reset


inc, get, reset = counter(10)
inc()
inc(5)
print(get())
reset()
try:
    get()
except NameError as e:
    print("gone:", e)
