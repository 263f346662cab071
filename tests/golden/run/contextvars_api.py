# _contextvars: ContextVar get/set/reset, Token, Context run/copy/mapping, errors.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
from operator import attrgetter, itemgetter
req: ContextVar[str] = ContextVar("req", default="none")
user = ContextVar("user")
print(req.name, req.get(), req.get("x"), user.get("anon"))
try:
    user.get()
except LookupError as e:
    print("LookupError", e.args[0] is user)
t = user.set("ann")
print(user.get(), t.var is user, t.old_value is Token.MISSING, Token.MISSING)
t2 = user.set("bob")
print(t2.old_value)
user.reset(t2); print(user.get())
try:
    user.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='user' at "))
ctx = copy_context()
print(user in ctx, ctx[user], len(ctx), list(ctx) == [user], ctx.get(req, "dflt"))
def work(n):
    user.set(f"worker{n}")
    req.set("r")
    print("  inside", user.get(), req.get(), len(copy_context()))
    return n * 2
print(ctx.run(work, 21), user.get(), req.get(), ctx[user], ctx[req])
try:
    ctx.run(ctx.run, work, 1)
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
print(ctx.run(lambda: user.get()))
c2 = ctx.copy()
# (a Context iterates in an address-dependent order: only sorted results are shown)
print(c2 == ctx, c2 is ctx, c2 != ctx, sorted(c2.values()), len(c2.items()))
print(sorted(map(attrgetter("name"), c2.keys())), sorted(map(itemgetter(1), c2.items())))
print([type(x).__name__ for x in (iter(c2), c2.keys(), c2.values(), c2.items())])
it = iter(c2)
c2.run(ContextVar("late").set, 1)
print(len(it), len(c2), len(sorted(it, key=id)), len(it))
empty = Context()
print(len(empty), empty.run(req.get), empty.run(user.get, "no user"))
try:
    Context(1)
except TypeError as e:
    print(e)
try:
    ContextVar(3)
except TypeError as e:
    print(e)
try:
    ContextVar("a", "b")
except TypeError as e:
    print(e)
try:
    Token()
except RuntimeError as e:
    print(e)
try:
    ctx[3]
except TypeError as e:
    print(e)
try:
    user.reset("tok")
except TypeError as e:
    print(e)
other = ContextVar("other")
tk = other.set(1)
try:
    user.reset(tk)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
def in_ctx():
    try:
        other.reset(tk)
    except ValueError as e:
        print("ValueError", str(e).endswith("was created in a different Context"))
copy_context().run(in_ctx)
with other.set(5):
    print("with", other.get())
print("after", other.get())
try:
    hash(ctx)
except TypeError as e:
    print(e)
print(ContextVar[int], Token[str], type(ctx).__name__, type(req).__module__, repr(req).startswith("<ContextVar name='req' default='none' at 0x"))
print(3 in [ctx] , ctx.get(other))
try:
    ctx.run()
except TypeError as e:
    print(e)
try:
    class Sub(ContextVar): pass
except TypeError as e:
    print(e)


# A hand-written loop that gives each task its own Context, as asyncio does:
# a ContextVar set in one task is not seen by the others.
request_id: ContextVar[int] = ContextVar("request_id", default=0)


class Yield:
    def __await__(self):
        yield


async def handler(n):
    request_id.set(n)
    await Yield()
    seen = request_id.get()
    await Yield()
    return f"task{n} saw {seen}"


tasks = [(copy_context(), handler(n)) for n in (1, 2, 3)]
results = []
while tasks:
    ctx, coro = tasks.pop(0)
    try:
        ctx.run(coro.send, None)
        tasks.append((ctx, coro))
    except StopIteration as stop:
        results.append((stop.value, ctx[request_id]))
print(results, request_id.get())

# Loops over a one-variable context: the iterators end by raising StopIteration.
solo = Context()
solo.run(request_id.set, 7)
for k in solo:
    print(k.name)
for value in solo.values():
    print(value)
print([pair[1] for pair in solo.items()])
