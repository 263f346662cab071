# is None / is not None tests: POP_JUMP_IF_NONE and POP_JUMP_IF_NOT_NONE.
def default(x=None):
    if x is None:
        x = []
    if x is not None:
        x.append(1)
    return x
default()
default([0])
