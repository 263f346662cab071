# Formatting a report table with alignment, widths computed at runtime, thousands separators and percentages.
rows = [("Widgets", 1234, 0.1234), ("Gadgets", 98765, 0.5), ("Doohickeys", 12, 0.0001), ("Sum", 99_999 + 12, 1.0)]
w = max(len(r[0]) for r in rows)
print(f"{'Item':<{w}} | {'Count':>8} | {'Share':>8}")
print(f"{'-' * w}-+-{'-' * 8}-+-{'-' * 8}")
for name, count, share in rows:
    print(f"{name:<{w}} | {count:>8,} | {share:>8.2%}")
print("{:=^{}}".format(" end ", w + 22))
for i, (name, count, _) in enumerate(rows, 1):
    print("%2d. %-12s%6d" % (i, name, count))
print("|".join(f"{x:^7}" for x in ["a", "bb", "ccc"]), "|")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|{12.5:08.2f}|{-3:+04d}|{0.5:>+8.1%}")
