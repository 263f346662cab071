# None and bool: identity, truthiness, arithmetic, repr.
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0)
print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int))
print(bool(0), bool(1), bool(-1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(()), bool(None), bool(0.0), bool(0j))
print(True == 1, False == 0, True + 1, hash(True), hash(False), hash(None) == hash(None))
print(int(True), float(False), str(True), True & 1, not None, not 0, not "x")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0)
print(bool.__mro__, issubclass(bool, int))
print(max(True, 0), sum([True, True, False]), sorted([True, False, 0, 1]))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(None.__bool__(), True.__bool__(), (1).__bool__())
print(f"{True}", f"{True:d}", f"{False!r}", "%s %d" % (True, True))
