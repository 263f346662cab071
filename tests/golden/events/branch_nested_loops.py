# Nested for loops with an inner break: back edges of both loops.
def pairs(n):
    found = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            found += 1
    return found
pairs(3)
