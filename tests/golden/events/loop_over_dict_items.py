# Loop over dict items with tuple unpacking.
def show(d):
    keys = []
    for k, v in d.items():
        keys.append(k * v)
    return keys
show({"a": 1, "b": 2})
