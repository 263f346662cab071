# Containers holding themselves, and a GenericAlias, as event arguments.
l = [1]
l.append(l)
d = {}
d["me"] = d
print(len(l), len(d), list[int])
