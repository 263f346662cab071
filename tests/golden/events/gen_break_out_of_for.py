# Breaking out of a for loop over a generator: the generator is closed when the loop's reference goes.
def gen():
    try:
        for i in range(5):
            yield i
    finally:
        done = True
def first():
    for v in gen():
        return v
first()
