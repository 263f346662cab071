# Lists used as stacks and queues, bracket matching, and reversing via a stack.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append((c, i))
        elif c in pairs:
            if not stack or stack[-1][0] != pairs[c]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed at {stack[-1][1]}"
for s in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "a)b"]:
    print(repr(s), balanced(s))
queue = []
for job in ["j1", "j2", "j3"]:
    queue.append(job)
while queue:
    job = queue.pop(0)
    print("run", job)
    if job == "j1":
        queue.append("j1-retry")
stack = list("stack")
print("".join(stack.pop() for _ in range(len(stack))), stack)
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append(a + b if tok == "+" else a - b if tok == "-" else a * b if tok == "*" else a / b)
        else:
            st.append(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 /"))
