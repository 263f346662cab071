# complex: construction, arithmetic, repr, attributes, errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), complex(), complex(2), complex("1+2j"), complex(" -3.5j "), 1j, -1j, 0j)
print(z + w, z - w, z * w, z / w, -z, +z, abs(z), z == complex(3, 4), z != w)
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(z ** 2, (1j) ** 2, 2 ** (1j) == 2 ** 1j, pow(z, 0), z * 2, 2 * z, z / 2, z + 1.5)
print(complex(1.5, 0), complex(-0.0, -0.0), complex(0, 1e20), complex(1e-5, 123456789))
print(complex(float("inf"), float("nan")), complex("inf-nanj") != complex("inf-nanj"))
print(hash(1 + 0j) == hash(1), (1 + 0j) == 1, bool(0j), bool(1j))
print(format(z, ".2f"), f"{w:>20}", f"{z:g}", format(1.5 + 2.25j, "e"))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
