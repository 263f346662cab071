"""A validation pipeline that finally dies with an uncaught chained exception."""

class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def check_age(v):
    if not isinstance(v, int):
        raise TypeError(f"age must be int, got {type(v).__name__}")
    if v < 0:
        raise ValidationError("age", "negative")
    return v


def load(record):
    try:
        return {"name": record["name"].strip().title(), "age": check_age(record["age"])}
    except KeyError as e:
        raise ValidationError(e.args[0], "missing") from None
    except TypeError as e:
        raise ValidationError("age", "wrong type") from e


records = [{"name": " ada lovelace ", "age": 36}, {"name": "bob"}, {"name": "eve", "age": -1},
           {"name": "zed", "age": "old"}]
ok = []
for rec in records[:3]:
    try:
        ok.append(load(rec))
    except ValidationError as e:
        print("skip:", e, "| field =", e.field)
print(ok)


def process(recs):
    return [load(r) for r in recs]


def main():
    try:
        process(records)
    finally:
        print("cleanup done")


main()
