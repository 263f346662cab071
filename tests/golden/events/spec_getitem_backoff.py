# BINARY_OP [] specialising to BINARY_OP_SUBSCR_GETITEM (a Python __getitem__ run
# in-line): an exception out of it is reported in the caller at the unit before the
# instruction from the 2nd execution on. A failed attempt (a __getitem__ that takes
# 3 arguments) backs off: the next attempts come at the 5th, 12th... execution. A
# site specialised for lists deopts on C for 52 executions, then specialises again.
# Changing the class drops its cached __getitem__: the site deopts.
class C:
    def __getitem__(self, i):
        if i < 0:
            raise KeyError(i)
        return i
class V:
    def __getitem__(self, i, extra=0):
        return i
def get(o, i):
    try:
        return o[i]
    except KeyError:
        return None
c, v = C(), V()
# monomorphic: raises on the 1st, 2nd, 3rd and 5th execution
for i in (-1, -2, -3, 4, -5):
    get(c, i)
def get2(o, i):
    try:
        return o[i]
    except KeyError:
        return None
# failed attempts at the 2nd (V), in-line from the 5th
for o, i in ((v, 1), (v, 1), (c, -3), (v, 1), (c, -5), (c, -6)):
    get2(o, i)
def get3(o, i):
    try:
        return o[i]
    except KeyError:
        return None
lst = [7, 8]
get3(lst, 0)
get3(lst, 1)      # BINARY_OP_SUBSCR_LIST_INT
get3(c, -1)       # deopt: generic
n = 0
while n < 52:
    get3(c, 1)    # 51 more deopts count the counter down
    n += 1
get3(c, -2)       # specialised again: in-line
C.tag = 1         # the class changes
get3(c, -3)       # deopt
