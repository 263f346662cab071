"""Big-number arithmetic puzzles using Python's arbitrary-precision ints."""

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def digit_sum(n):
    return sum(int(c) for c in str(n))


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def pi_digits(n):
    """Machin's formula with fixed point integers."""
    unity = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = unity // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, m in enumerate(reversed(path)):
        cache[m] = base + i + 1
    return cache[path[0]] if path else base


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


f100 = factorial(100)
print(f100)
print(digit_sum(f100), len(str(f100)), f100.bit_length(), str(f100).count("0"))
print(2 ** 1000 % 10 ** 20, digit_sum(2 ** 1000))
print(isqrt(2 * 10 ** 100))
print(pi_digits(120))
best = max(range(1, 30000), key=collatz_len)
print("collatz", best, collatz_len(best))
mersenne = [p for p in range(2, 200) if is_probable_prime(p) and is_probable_prime(2 ** p - 1)]
print("mersenne exponents", mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(1000000007))
n = 3 ** 200 - 7 ** 80
print(to_base(n, 36), to_base(-255, 16), to_base(n, 2)[:40])
print(int(to_base(n, 36), 36) == n, hex(n)[:20], oct(-n)[:20], bin(12345))
print(divmod(-10 ** 30 - 7, 12345), divmod(10 ** 30, -999), (-10 ** 25) // 7, (-10 ** 25) % 7)
print(pow(3, -1, 1000000007), pow(12345678901234567890, 65537, 2 ** 255 - 19) % 10 ** 12)
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print("fib500", a, len(str(a)))
print(f"{f100:.5e}", f"{2**64:,}", f"{-2**70:_x}", f"{10**20:>30}|", format(2 ** 100, "o")[:10])
print(10 ** 40 / 3, float(2 ** 1023), (2 ** 1024) // 3 > 0, round(10 ** 30 / 7))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print((-7) >> 1, -(2 ** 100) >> 90, (2 ** 100) & (2 ** 100 - 1), ~(2 ** 70), (2 ** 65) ^ (2 ** 64 + 5))
print(int("1" * 50) * int("9" * 50), abs(-(10 ** 50)), hash(12345) == 12345)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), max(2 ** 64, 2 ** 63 * 2 + 1))
