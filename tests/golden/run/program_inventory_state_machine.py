# A state machine driven by events with dict dispatch, plus an inventory with nested dicts and reports.
class Machine:
    transitions = {
        ("idle", "coin"): "ready",
        ("ready", "push"): "vending",
        ("vending", "done"): "idle",
        ("ready", "refund"): "idle",
    }
    def __init__(self):
        self.state = "idle"
        self.log = []
    def fire(self, ev):
        key = (self.state, ev)
        if key not in self.transitions:
            self.log.append(f"ignored {ev} in {self.state}")
            return False
        old, self.state = self.state, self.transitions[key]
        self.log.append(f"{old} --{ev}--> {self.state}")
        return True
m = Machine()
print([m.fire(e) for e in ["push", "coin", "coin", "push", "done", "coin", "refund"]])
print("\n".join(m.log))
stock = {}
def add(item, qty, price):
    entry = stock.setdefault(item, {"qty": 0, "price": price})
    entry["qty"] += qty
    entry["price"] = price
for item, qty, price in [("apple", 10, 0.5), ("pear", 4, 0.75), ("apple", 5, 0.55), ("fig", 0, 2.0)]:
    add(item, qty, price)
print(stock)
for name, e in sorted(stock.items(), key=lambda kv: kv[1]["qty"] * kv[1]["price"], reverse=True):
    print(f"{name:<6}{e['qty']:>4} x {e['price']:<5.2f} = {e['qty'] * e['price']:>6.2f}")
print("value", round(sum(e["qty"] * e["price"] for e in stock.values()), 2), [k for k, e in stock.items() if not e["qty"]])
