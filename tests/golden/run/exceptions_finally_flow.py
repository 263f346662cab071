# try/except/else/finally control flow: return in finally, break/continue through finally, nesting.
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)
print(f(0)); print(f(5))
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return 1
    finally:
        print("outer finally")
print(nested())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
x = 0
while True:
    try:
        x += 1
        if x > 2:
            break
    finally:
        print("while finally", x)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
e_var = "before"
try:
    raise ValueError
except ValueError as e_var:
    pass
try:
    e_var
except NameError as e:
    print("NameError:", e)
