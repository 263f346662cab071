# while True with break and continue.
def collatz(n):
    steps = 0
    while True:
        if n == 1:
            break
        steps += 1
        if n % 2:
            n = 3 * n + 1
            continue
        n //= 2
    return steps
collatz(6)
