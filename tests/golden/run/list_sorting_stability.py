# list.sort is stable, supports key and reverse; sorting records by several keys; sort errors keep the list intact.
records = [("alice", "dev", 30), ("bob", "ops", 25), ("carol", "dev", 25), ("dave", "ops", 30), ("erin", "dev", 35)]
by_age = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_age])
by_team_then_age = sorted(sorted(records, key=lambda r: r[2]), key=lambda r: r[1])
print([r[0] for r in by_team_then_age])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2]))])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
data = [(i % 3, i) for i in range(12)]
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
lst = [3, 1, "x", 2]
try:
    lst.sort()
except TypeError as e:
    print("TypeError:", e)
print(len(lst), sorted(lst[:2]))
nums = [5, 2, 9, 1, 5, 6] * 50
nums.sort()
print(nums[:8], nums[-3:], nums == sorted(nums))
strs = ["banana", "Cherry", "apple", "date"]
print(sorted(strs), sorted(strs, key=str.casefold), sorted(strs, key=lambda s: (len(s), s)))
class Item:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"I{self.k}"
print(sorted([Item(3), Item(1), Item(2)]), min(Item(5), Item(4)))
def bad_key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as e:
    print("ValueError:", e)
