# bytearray: in-place mutation, slicing assignment, methods.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], ba[-3:])
ba[1:3] = b"EEE"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.find(b" "), ba.count(b"o"))
ba.reverse()
print(ba, ba.upper(), bytes(ba), ba == bytes(ba), bytearray(3), bytearray(range(3)))
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.decode(), ba2.hex(), ba2.replace(b"a", b"Z"))
ba2.clear()
print(ba2, len(ba2), bytearray.fromhex("4142"), bytearray(b"x").copy())
try:
    ba2.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"a")[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
print(repr(bytearray(b"\x00'")), list(bytearray(b"ab")))
