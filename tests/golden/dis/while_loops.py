def countdown(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        print("done")
    return n


def forever():
    i = 0
    while True:
        i += 1
        if i > 10:
            return i


def while_not(flag, items):
    while not flag and items:
        flag = items.pop()
    return flag


print(countdown(10), forever(), while_not(False, [0, 1]))
