def binops(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a ** b,
            a << b, a >> b, a & b, a | b, a ^ b, a @ b if False else 0)


def inplace(a, b):
    a += b
    a -= b
    a *= b
    a //= b
    a %= b
    a **= b
    a <<= b
    a >>= b
    a &= b
    a |= b
    a ^= b
    a /= b
    return a


class M:
    def __matmul__(self, o):
        return "mat"

    def __imatmul__(self, o):
        return "imat"


m = M()
m2 = m @ m
m @= m
print(binops(7, 2), inplace(7, 2), m2, m)
