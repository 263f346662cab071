# memoryview over bytes and bytearray: slicing without copying, tobytes, release, mutation through a view.
ba = bytearray(b"hello world")
mv = memoryview(ba)
print(mv[0], mv[-1], bytes(mv[0:5]), mv.tobytes()[6:], len(mv), mv.readonly, mv.nbytes, mv.format, mv.itemsize)
mv[0] = ord("H")
mv[6:11] = b"WORLD"
print(ba)
sub = mv[6:]
print(bytes(sub), sub.tolist()[:3], sub.hex())
ro = memoryview(b"abc")
print(ro.readonly, ro == b"abc", list(ro))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"xyz") as m:
    print(m.tobytes())
print(bytes(memoryview(b"abcdef")[::2]))
