# Multiple assignment, swaps, rotations, tuple returns, and assignment to attributes/subscripts in one statement.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 9])
print(lo, hi, minmax("hello"))
class P:
    pass
p = P()
p.a, p.b = "first", "second"
print(p.a, p.b)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
i = 0
arr = [5, 6, 7]
i, arr[i] = 2, "set"
print(i, arr)
fib = [0, 1]
for _ in range(10):
    fib.append(fib[-1] + fib[-2])
print(fib)
m, n = n, m = 3, 4
print(m, n)
((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
d = {}
d["k"], d["j"] = divmod(17, 5)
print(d)
