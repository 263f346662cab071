module_var = 1
del module_var


def del_local():
    a = 1
    b = [1, 2, 3]
    del a
    del b[0], b[-1]
    return b


def del_cell():
    c = 1

    def read():
        return c

    del c
    return read


class C:
    tmp = 1
    del tmp


print(del_local(), "module_var" in globals(), hasattr(C, "tmp"))
try:
    del_cell()()
except NameError as e:
    print(e)
