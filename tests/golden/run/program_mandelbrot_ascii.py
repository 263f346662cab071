# Float-heavy loop: an ASCII Mandelbrot set, plus a numeric integration and Newton's method.
chars = " .:-=+*#%@"
for row in range(12):
    y = 1.2 - row * 0.2
    line = ""
    for col in range(40):
        x = -2.1 + col * 0.07
        zr = zi = 0.0
        n = 0
        while zr * zr + zi * zi < 4.0 and n < 30:
            zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
            n += 1
        line += chars[n % len(chars)] if n < 30 else "@"
    print(line.rstrip())
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(integrate(lambda x: x * x, 0, 3), 6), round(integrate(lambda x: 1 / x, 1, 2.718281828), 6))
def newton(f, df, x, steps=20):
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x
print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), newton(lambda x: x ** 3 - x - 1, lambda x: 3 * x * x - 1, 1.0))
