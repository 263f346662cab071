# Batch job runner: yield-from delegation, PEP 479, except* handlers that raise,
# and a final uncaught ExceptionGroup.
import operator
from collections import deque


class JobFailed(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job} failed: {reason}")
        self.job = job


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name, self.fail_on_exit = name, fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        return self

    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        if self.fail_on_exit:
            raise OSError(f"close of {self.name} failed")
        return False


def steps(job):
    for i in range(job["steps"]):
        received = yield f"{job['name']}:{i}"
        if received == "skip":
            return "skipped"
    if job.get("boom"):
        raise JobFailed(job["name"], job["boom"])
    return "ok"


def supervised(job):
    try:
        result = yield from steps(job)
    except GeneratorExit:
        print(f"  {job['name']} closed early")
        raise
    except JobFailed as e:
        e.add_note(f"supervisor saw {job['steps']} steps")
        raise
    return result


def run_all(jobs):
    results, errors = {}, []
    queue = deque((j["name"], supervised(j)) for j in jobs)
    sends = {}
    while queue:
        name, gen = queue.popleft()
        try:
            label = gen.send(sends.pop(name, None))
        except StopIteration as stop:
            results[name] = stop.value
            continue
        except JobFailed as e:
            errors.append(e)
            continue
        if label.endswith(":1") and name == "gamma":
            sends[name] = "skip"
        if label == "delta:2":
            gen.close()
            results[name] = "cancelled"
            continue
        print(f"  tick {label}")
        queue.append((name, gen))
    return results, errors


jobs = [
    {"name": "alpha", "steps": 2},
    {"name": "beta", "steps": 1, "boom": "disk full"},
    {"name": "gamma", "steps": 4},
    {"name": "delta", "steps": 5},
    {"name": "eps", "steps": 3, "boom": "timeout"},
]
results, errors = run_all(jobs)
print(results)
for e in errors:
    print(f"{e} | notes={e.__notes__}")


def leaky():
    yield 1
    next(iter([]))


try:
    list(leaky())
except RuntimeError as e:
    print("PEP 479:", e, "| cause:", type(e.__cause__).__name__)

try:
    with Resource("db"), Resource("cache", fail_on_exit=True):
        print("  open:", Resource.opened)
        raise KeyError("lookup")
except OSError as e:
    print("exit error:", e, "| context:", repr(e.__context__), "| still open:", Resource.opened)


def triage(group):
    try:
        raise group
    except* JobFailed as eg:
        names = sorted(e.job for e in eg.exceptions)
        print("  failed jobs:", names)
        raise ValueError(f"{len(names)} jobs failed") from None
    except* OSError:
        print("  io trouble ignored")


try:
    triage(ExceptionGroup("run", [*errors, OSError("net"), KeyError("k")]))
except ExceptionGroup as eg:
    print("outer:", [type(x).__name__ for x in eg.exceptions], repr(eg.exceptions[0]))
    print("  nested KeyError:", repr(eg.exceptions[1]))

try:
    assert operator.lt(3, 2), f"ordering broken: {3} !< {2}"
except AssertionError as e:
    print("assert:", e)


def final_report(errors):
    problems = []
    for e in errors:
        try:
            raise RuntimeError(f"cannot archive {e.job}") from e
        except RuntimeError as r:
            problems.append(r)
    group = ExceptionGroup("archive failed", problems)
    group.add_note(f"{len(problems)} of {len(jobs)} jobs")
    raise group


print("archiving...")
final_report(errors)
