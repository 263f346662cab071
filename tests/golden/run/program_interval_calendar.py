# Intervals and dates computed by hand: merging intervals, day of week (Zeller), days between dates, leap years.
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
print(weekday(2000, 1, 1), weekday(2024, 2, 29), weekday(1969, 7, 20), weekday(2038, 1, 19))
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def ordinal(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1, y))
    days += sum(DAYS[:m - 1]) + (1 if m > 2 and is_leap(y) else 0)
    return days + d
print(ordinal(2024, 3, 1) - ordinal(2024, 2, 1), ordinal(2023, 3, 1) - ordinal(2023, 2, 1), ordinal(2025, 1, 1) - ordinal(1970, 1, 1))
print([y for y in range(1896, 1912) if is_leap(y)], sum(is_leap(y) for y in range(1, 2001)))
