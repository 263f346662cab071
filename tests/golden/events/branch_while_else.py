# while loop with else, the condition false at last: JUMP back edges, BRANCH_RIGHT at exit.
def count(n):
    i = 0
    while i < n:
        i += 1
    else:
        i = -i
    return i
count(3)
count(0)
