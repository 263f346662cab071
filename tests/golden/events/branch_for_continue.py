# continue inside a for loop: jumps back to FOR_ITER from the middle of the body.
def odds(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            continue
        out.append(i)
    return out
odds(5)
