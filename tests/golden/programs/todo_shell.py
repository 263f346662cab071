# An interactive to-do shell driven by input(): attribute hooks, slots,
# property deleters, recursive reprs, nonlocal state.
import sys


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        if name.startswith("_") or not hasattr(type(self), name):
            raise AttributeError(f"cannot set {name!r} on {type(self).__name__}")
        object.__setattr__(self, name, value)


class Item(Frozen):
    __slots__ = ("title", "done", "_tags")

    def __init__(self, title):
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "done", False)
        object.__setattr__(self, "_tags", [])

    @property
    def tags(self):
        return tuple(self._tags)

    @tags.setter
    def tags(self, values):
        self._tags[:] = sorted(set(values))

    @tags.deleter
    def tags(self):
        self._tags.clear()

    def __repr__(self):
        mark = "x" if self.done else " "
        tags = "".join(f" #{t}" for t in self._tags)
        return f"[{mark}] {self.title}{tags}"


class Audit:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name in ("log", "_target") or name.startswith("__"):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, "log").append(name)
        return getattr(object.__getattribute__(self, "_target"), name)

    def __dir__(self):
        return sorted(n for n in dir(object.__getattribute__(self, "_target")) if not n.startswith("_"))


def make_shell(items):
    undo = []
    count = 0

    def execute(line):
        nonlocal count
        count += 1
        cmd, _, arg = line.strip().partition(" ")
        match cmd.lower():
            case "add" if arg:
                items.append(Item(arg))
                undo.append(("remove", len(items) - 1))
                return f"added #{len(items)}"
            case "done":
                item = items[int(arg) - 1]
                item.done = True
                undo.append(("undone", int(arg) - 1))
                return repr(item)
            case "tag":
                idx, *tags = arg.split()
                items[int(idx) - 1].tags = items[int(idx) - 1].tags + tuple(tags)
                return repr(items[int(idx) - 1])
            case "untag":
                del items[int(arg) - 1].tags
                return repr(items[int(arg) - 1])
            case "undo":
                if not undo:
                    return "nothing to undo"
                action, idx = undo.pop()
                if action == "remove":
                    return f"removed {items.pop(idx).title}"
                items[idx].done = False
                return f"reopened {items[idx].title}"
            case "list":
                return "\n".join(f"{i}. {it!r}" for i, it in enumerate(items, 1)) or "(empty)"
            case "quit":
                raise SystemExit(0 if all(i.done for i in items) else 3)
            case _:
                return f"unknown command {cmd!r} ({count} commands so far)"

    return execute


items = []
run = make_shell(items)
while True:
    try:
        line = input("> ")
    except EOFError:
        print("eof")
        break
    print(line)
    try:
        print(run(line))
    except (IndexError, ValueError) as e:
        print(f"error: {type(e).__name__}: {e}")
    except AttributeError as e:
        print(f"refused: {e}")
    if line == "check":
        it = Item("probe")
        for attempt in (("done", True), ("colour", "red"), ("_tags", [])):
            try:
                setattr(it, *attempt)
                print("set", attempt[0], "ok")
            except AttributeError as e:
                print(e)
        a = Audit(items[0] if items else it)
        print(a.title, a.done, a.tags, a.log, dir(a))
        nested = [1, [2]]
        nested[1].append(nested)
        d = {"self": None}
        d["self"] = d
        print(nested, d, sys.getrecursionlimit() > 100)
