# Big-integer arithmetic: digits of pi (spigot), e, sqrt(2) by integer Newton's method, big Fibonacci.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(2 * 10 ** 100))
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n + 1]
print(e_digits(50))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a, len(str(a)), a % 1000000007)
print(sum(int(c) for c in str(2 ** 1000)), len(str(3 ** 2000)), (7 ** 222) % (10 ** 12))
