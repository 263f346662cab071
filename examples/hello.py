"""A small program that pyvm runs out of the box."""


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello, {self.name}!"


print(Greeter("pyvm").greet())
print("fib(90) =", fib(90))
print("squares:", [i * i for i in range(8)])
