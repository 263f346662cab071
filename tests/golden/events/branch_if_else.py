# if/elif/else: each branch taken once (POP_JUMP_IF_* as BRANCH_LEFT/RIGHT).
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    else:
        return "pos"
for v in (-1, 0, 1):
    classify(v)
