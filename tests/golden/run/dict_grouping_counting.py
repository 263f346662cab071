# Idioms with dicts: grouping with setdefault, counting with get, inverting, nested updates, sorting by value.
people = [("ann", "nyc", 31), ("bo", "sf", 25), ("cy", "nyc", 40), ("di", "la", 25), ("ed", "sf", 33)]
by_city = {}
for name, city, age in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
by_age = {}
for name, _, age in people:
    by_age[age] = by_age.get(age, 0) + 1
print(sorted(by_age.items()), max(by_age, key=by_age.get))
ages = {n: a for n, _, a in people}
oldest = sorted(ages, key=ages.get, reverse=True)[:2]
print(oldest, {a: n for n, a in ages.items()})
totals = {}
for _, city, age in people:
    t = totals.setdefault(city, {"count": 0, "sum": 0})
    t["count"] += 1
    t["sum"] += age
print({c: round(t["sum"] / t["count"], 1) for c, t in totals.items()})
letters = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    letters[word[0]] = letters.get(word[0], "") + word[:2]
print(letters)
matrix = {}
for i in range(3):
    for j in range(3):
        matrix[i, j] = i * j
print(matrix[2, 2], sum(matrix.values()), [k for k, v in matrix.items() if v == 2])
