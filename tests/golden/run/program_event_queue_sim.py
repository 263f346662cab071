# A discrete-event simulation with a sorted event list, customers and servers, deterministic pseudo-random numbers.
class LCG:
    def __init__(self, seed):
        self.s = seed
    def next(self):
        self.s = (self.s * 1103515245 + 12345) % 2 ** 31
        return self.s
    def uniform(self, lo, hi):
        return lo + (hi - lo) * self.next() / 2 ** 31
rng = LCG(42)
events = []
def schedule(t, kind, who):
    events.append((t, kind, who))
    events.sort(key=lambda e: (e[0], e[2]))
t = 0.0
for cid in range(8):
    t += rng.uniform(0.5, 2.0)
    schedule(round(t, 3), "arrive", cid)
busy_until = 0.0
waits = []
log = []
while events:
    now, kind, who = events.pop(0)
    if kind == "arrive":
        start = max(now, busy_until)
        service = round(rng.uniform(0.5, 1.5), 3)
        busy_until = start + service
        waits.append(start - now)
        schedule(round(busy_until, 3), "leave", who)
        log.append(f"{now:7.3f} arrive {who} wait {start - now:.3f}")
    else:
        log.append(f"{now:7.3f} leave  {who}")
print("\n".join(log))
print(f"avg wait {sum(waits) / len(waits):.4f}, max wait {max(waits):.4f}, served {len(waits)}")
