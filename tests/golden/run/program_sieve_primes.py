# Sieve of Eratosthenes, prime factorisation, and a few number-theory helpers.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:10], ps[-5:], sum(ps))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [360, 97, 1001, 2 ** 16, 600851475143, 1]:
    print(n, factor(n))
def totient(n):
    r = n
    for p in set(factor(n)):
        r -= r // p
    return r
print([totient(n) for n in range(1, 16)])
def is_prime(n):
    if n < 2:
        return False
    for p in ps[:25]:
        if n % p == 0:
            return n == p
    return pow(2, n - 1, n) == 1
print([n for n in range(90, 110) if is_prime(n)], is_prime(2 ** 61 - 1))
print(sorted({p % 10 for p in ps}))
