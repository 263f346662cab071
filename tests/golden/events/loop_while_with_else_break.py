# while-else where break skips the else.
def search(xs, t):
    i = 0
    while i < len(xs):
        if xs[i] == t:
            break
        i += 1
    else:
        i = None
    return i
search([3, 4], 4)
search([3], 9)
