def check(x):
    assert x > 0
    assert isinstance(x, int), f"not an int: {x!r}"
    return x


def not_impl():
    raise NotImplementedError


def builtins_folded(data):
    return all(x > 0 for x in data), any(x < 0 for x in data), tuple(x for x in data)


print(check(3), builtins_folded([1, 2]))
try:
    check(-1)
except AssertionError as e:
    print("assert", e)
