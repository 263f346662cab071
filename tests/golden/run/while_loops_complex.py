# while loops with complex conditions, sentinel loops, loop-and-a-half, nested while with break/else.
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("collatz 27:", steps, peak)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
data = [4, 8, 15, 16, 23, 42]
lo, hi = 0, len(data) - 1
target = 23
while lo <= hi:
    mid = (lo + hi) // 2
    if data[mid] == target:
        print("found at", mid)
        break
    elif data[mid] < target:
        lo = mid + 1
    else:
        hi = mid - 1
else:
    print("not found")
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    i += 1
    print("i", i, "j", j)
digits = []
num = 9075
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])
x = 100.0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
print(x)
