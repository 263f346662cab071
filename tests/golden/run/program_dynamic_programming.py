# Dynamic programming with lists and dicts: knapsack, LCS, coin change, longest increasing subsequence, Pascal's triangle.
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = a[i] + dp[i + 1][j + 1] if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for t in range(1, total + 1):
        best[t] = min((best[t - c] + 1 for c in coins if c <= t), default=INF)
    return best[total]
print(min_coins([1, 5, 6, 9], 11), min_coins([2], 3))
def lis(xs):
    tails = []
    for x in xs:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        tails[lo:lo + 1] = [x]
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50))), lis([]))
row = [1]
for _ in range(10):
    print(" ".join(map(str, row)).center(40))
    row = [a + b for a, b in zip([0] + row, row + [0])]
