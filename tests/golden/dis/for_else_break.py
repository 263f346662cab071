def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", i)
            break
    else:
        print("not found")
        return -1
    return i


def nested(n):
    total = 0
    for a in range(n):
        for b in range(a):
            if b % 3 == 0:
                continue
            total += a * b
    return total


find([1, 2, 3], 2)
print(nested(10))
