# list slice reads, slice assignment, extended slices, del of slices.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[5:2:-1])
a[2:5] = ["x"]; print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [99]; print(a)
a[1:3] = []; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[::3]; print(a)
del a[1:2]; print(a)
b = [1, 2, 3, 4, 5, 6]
b[1::2] = "abc"; print(b)
b[::-2] = [10, 20, 30]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:1] = c; print(c)
c[:] = "xy"; print(c)
d = list(range(8))
print(d[slice(1, 7, 2)], d[-100:100], d[3:-3])
del d[-2:]; print(d)
e = [1, 2, 3]
e[5:] = [9]; print(e)
e[-10:1] = ["s"]; print(e)
