# yield from a list (not a generator): SEND on a list iterator.
def gen():
    yield from [1, 2]
    yield from ()
for v in gen():
    pass
