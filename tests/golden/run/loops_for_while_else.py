# for/while with else, break, continue, nested loops, loop variables after the loop.
for i in range(3):
    print("for", i)
else:
    print("for-else ran")
for i in range(5):
    if i == 2:
        print("break at", i)
        break
else:
    print("not printed")
print("i after loop", i)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while-else ran, n =", n)
while True:
    n -= 1
    if n < 0:
        break
print("n =", n)
for x in []:
    print("never")
else:
    print("empty for-else")
found = None
for a in range(2, 10):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        found = (found or []) + [a]
print("primes", found)
for i, ch in enumerate("abc"):
    if ch == "b":
        continue
    print(i, ch)
total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    total += i
print("total", total)
count = 0
outer_done = False
for i in range(3):
    for j in range(3):
        if j > i:
            break
        count += 1
print("count", count)
k = 10
while k:
    k //= 2
    print("k", k)
