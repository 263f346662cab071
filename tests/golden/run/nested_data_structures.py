# Nested lists/dicts/tuples: deep access, copying by hand (shallow vs deep), equality, mutation through aliases.
config = {"servers": [{"name": "a", "ports": [80, 443]}, {"name": "b", "ports": [22]}], "meta": {"version": (1, 2)}}
print(config["servers"][0]["ports"][-1], config["meta"]["version"][1], len(config["servers"]))
shallow = dict(config)
shallow["servers"].append({"name": "c", "ports": []})
print(len(config["servers"]), shallow is config, shallow["servers"] is config["servers"])
def deep_copy(v):
    if isinstance(v, dict):
        return {k: deep_copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [deep_copy(x) for x in v]
    return v
deep = deep_copy(config)
deep["servers"][0]["ports"].append(8080)
print(config["servers"][0]["ports"], deep["servers"][0]["ports"], deep == config)
deep["servers"][0]["ports"].pop()
print(deep == config)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def paths(d, prefix=""):
    for k, v in d.items():
        p = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from paths(v, p)
        else:
            yield p, v
print(list(paths({"a": {"b": 1, "c": {"d": 2}}, "e": 3})))
