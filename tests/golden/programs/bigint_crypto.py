# Toy public-key crypto and number theory on big ints: Miller-Rabin, extended gcd,
# modular inverse, RSA with CRT, base conversions, bit tricks, int<->bytes, and
# exact rational continued fractions of sqrt(2) and e.
import math
import sys
from functools import reduce
from itertools import islice, count


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
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


def next_prime(n):
    n = n + 1 if n % 2 == 0 else n + 2
    while not is_probable_prime(n):
        n += 2
    return n


def lcg_bits(seed, bits):
    x, out = seed, 0
    for _ in range(bits // 31 + 1):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 31) | (x >> 33)
    return out >> (out.bit_length() - bits) | (1 << (bits - 1)) | 1


p = next_prime(lcg_bits(12345, 256))
q = next_prime(lcg_bits(67890, 256))
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, x, _ = egcd(e, phi)
d = x % phi
print("p bits:", p.bit_length(), "q bits:", q.bit_length(), "n bits:", n.bit_length(), "gcd:", g)
print("d == pow(e, -1, phi):", d == pow(e, -1, phi), "e*d % phi:", e * d % phi)
print("n =", n)
print("n hex:", hex(n)[:40], "...", "n digits:", len(str(n)))
msg = "Attack at dawn! Ünïcödé too.".encode("utf-8")
m = int.from_bytes(msg, "big")
c = pow(m, e, n)
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
m_crt = m2 + h * q
print("ciphertext mod 10**12:", c % 10**12, "roundtrip:", m_crt.to_bytes((m_crt.bit_length() + 7) // 8, "big").decode("utf-8"))
print("plain == crt:", pow(c, d, n) == m_crt == m)
sig = pow(int.from_bytes(b"digest", "little"), d, n)
print("signature verifies:", pow(sig, e, n).to_bytes(6, "little"))

print([k for k in range(2, 120) if is_probable_prime(k)][-10:], is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1))
print("carmichael 561 prime?", is_probable_prime(561, bases=(2,)), is_probable_prime(561))
mersenne = [k for k in range(2, 130) if is_probable_prime(2**k - 1)]
print("mersenne exponents:", mersenne)
f100 = math.factorial(100)
print("100! digits:", len(str(f100)), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")), "digit sum:", sum(map(int, str(f100))))
print("2**1000 digit sum:", sum(int(ch) for ch in str(2**1000)), "isqrt(10**101):", math.isqrt(10**101))
fibs = [0, 1]
while len(fibs) < 300:
    fibs.append(fibs[-1] + fibs[-2])
print("F299 =", fibs[299], "gcd(F299, F298) =", math.gcd(fibs[299], fibs[298]), "F300 % 1e9+7 =", (fibs[298] + fibs[299]) % (10**9 + 7))
print("lcm 1..40:", reduce(math.lcm, range(1, 41)), math.comb(100, 50), math.perm(30, 10))
big = 3**200
print(big // 7**50, big % 7**50, divmod(-big, 10**30)[1], -big // 10**80, (-big) % 97, big >> 250, -big >> 250)
print(big.bit_length(), big.bit_count(), (big ^ (big >> 3)) & 0xFFFF, (~big) & 0xFF, -big & 0xFFFF, (1 << 200) | 1 == 2**200 + 1)
print(int("1" * 50, 2), int("zz" * 10, 36), int("-0x_ff_ff", 16), int("0o777", 0), int("1_000_000_000_000_000_000_000"), int("  42  "))
print(format(2**100, "x"), format(2**100, "o")[:12], f"{2**64:_b}"[:20], f"{-(2**70):,}", f"{10**25:e}", f"{2**100:.3e}")
print((-5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfb", "big", signed=True), (1024).to_bytes(4, "little"), int.from_bytes(bytes(range(20)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)


def cf_sqrt(n, terms):
    a0 = math.isqrt(n)
    m, d, a = 0, 1, a0
    out = [a0]
    for _ in range(terms - 1):
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        out.append(a)
    return out


def convergent(cf):
    num, den = 1, 0
    for a in reversed(cf):
        num, den = a * num + den, num
    return num, den


cf2 = cf_sqrt(2, 60)
num, den = convergent(cf2)
print("sqrt2 ~", num, "/", den, "err sign:", (num * num - 2 * den * den))
print("digits:", str(num * 10**50 // den)[:52])
e_cf = [2] + [x for k in count(1) for x in (1, 2 * k, 1)][:40] if False else [2] + list(islice((x for k in count(1) for x in (1, 2 * k, 1)), 40))
en, ed = convergent(e_cf)
print("e ~", str(en * 10**40 // ed)[:42], "float:", en / ed == math.e, abs(en / ed - math.e) < 1e-15)
print(sys.int_info.bits_per_digit in (15, 30), (10**400) // (10**399), float(10**308) == 1e308, 7**77 % 1000)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(round(123456789, -3), round(-2**70, -20), abs(-(10**30)), hash(7) == hash(7.0), (2**100).__index__() == 2**100)
