def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n, acc=1):
    return acc if n <= 1 else fact(n - 1, acc * n)


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(fib(15), fact(20), mutual_even(10))
