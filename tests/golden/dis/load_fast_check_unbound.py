def maybe(flag):
    if flag:
        value = 1
    return value


def after_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError:
        return "unbound"


def loop_var(items):
    for it in items:
        pass
    return it


print(maybe(True), after_del(), loop_var([1, 2]))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__)
