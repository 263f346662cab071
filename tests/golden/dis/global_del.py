counter = 0
temp = "t"


def bump():
    global counter
    counter += 1
    return counter


def drop():
    global temp
    del temp


def make_global():
    global created
    created = "yes"


bump()
bump()
drop()
make_global()
print(counter, created, "temp" in globals())
x = [1, 2, 3]
del x[0]
del x
