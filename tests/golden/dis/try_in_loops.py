def loop_control(items):
    out = []
    for x in items:
        try:
            if x == 0:
                continue
            if x < 0:
                break
            out.append(10 // x)
        except TypeError:
            out.append("type")
            continue
        finally:
            out.append("f")
    return out


def return_in_try_loop():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("leaving", i)
    return -1


print(loop_control([1, 0, "a", 2, -1, 5]), return_in_try_loop())
