# Builtin functions as first-class objects: stored, passed, bound methods of builtins, type objects as factories.
ops = [len, str.upper, abs, sorted, list, int]
for op in ops:
    print(op.__name__, op("abc") if op in (len, str.upper, sorted, list, set) else op(-3) if op is abs else op("7"))
bound = "a-b-c".split
print(bound("-"), bound.__name__, bound.__self__, type(bound).__name__)
append = [].append
append(1)
print(append.__self__)
factories = {"list": list, "dict": dict, "set": set, "tuple": tuple}
print({k: f() for k, f in factories.items()})
print(list(map(int.__add__, [1, 2], [10, 20])), list(map(str.strip, [" a ", "b "])), sorted(["b", "A"], key=str.lower))
print(max(["aa", "b", "cccc"], key=len), list(filter(str.isupper, "aBcD")), list(map(divmod, [7, 9], [2, 4])))
meth = str.replace
print(meth("hello", "l", "L"), type(meth).__name__, type(len).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(getattr(str, "join")("+", "abc"), dict.fromkeys.__name__, type(dict.fromkeys).__name__)
