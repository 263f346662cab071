x = "global"


def read_global():
    return x


def local_shadow():
    x = "local"
    return x


def enclosing():
    x = "enclosing"

    def inner():
        return x

    def inner_global():
        global x
        return x

    return inner(), inner_global()


def builtins_lookup():
    return len, print is __builtins__.print if hasattr(__builtins__, "print") else True


print(read_global(), local_shadow(), enclosing(), builtins_lookup()[0]("abc"))
