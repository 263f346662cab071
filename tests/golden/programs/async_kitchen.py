"""A restaurant kitchen simulated with coroutines on a hand-written event loop."""
from collections import deque
from typing import Any, Awaitable, Callable, Coroutine, Generator, NamedTuple, Optional, Protocol, cast
from enum import Enum


class Station(Enum):
    GRILL = "grill"
    FRYER = "fryer"
    COLD = "cold"


class Order(NamedTuple):
    table: int
    dish: str
    station: Station
    ticks: int


class Sleep:
    def __init__(self, ticks: int) -> None:
        self.ticks = ticks

    def __await__(self) -> Generator["Sleep", None, int]:
        got = yield self
        return cast(int, got)


class Burnt(Exception):
    pass


class Notifier(Protocol):
    def __call__(self, msg: str) -> None: ...


type Task = Coroutine[Any, Any, Any]


class Loop:
    def __init__(self) -> None:
        self.now = 0
        self.ready: deque[tuple[Task, Optional[int]]] = deque()
        self.sleeping: list[tuple[int, int, Task]] = []
        self.seq = 0
        self.results: list[str] = []

    def spawn(self, coro: Task) -> None:
        self.ready.append((coro, None))

    def run(self) -> int:
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, _, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((coro, self.now))
            coro, value = self.ready.popleft()
            try:
                req = coro.send(value)
            except StopIteration as stop:
                if stop.value is not None:
                    self.results.append(stop.value)
                continue
            except Burnt as exc:
                self.results.append(f"burnt:{exc}")
                continue
            match req:
                case Sleep(ticks=0):
                    self.ready.append((coro, self.now))
                case Sleep(ticks=t) if t > 0:
                    self.seq += 1
                    self.sleeping.append((self.now + t, self.seq, coro))
                case _:
                    coro.throw(TypeError(f"bad request {req!r}"))
        return self.now


async def cook(order: Order, notify: Notifier) -> str:
    started = await Sleep(0)
    if order.dish == "toast" and order.ticks > 3:
        await Sleep(1)
        raise Burnt(order.dish)
    try:
        done = await Sleep(order.ticks)
    finally:
        notify(f"t{order.table} {order.dish} off {order.station.value}")
    return f"{order.dish}@{done - started}"


async def course(table: int, orders: list[Order], notify: Notifier) -> str:
    served: list[str] = []
    for o in orders:
        try:
            served.append(await cook(o, notify))
        except Burnt as exc:
            notify(f"t{table} redo {exc}")
            served.append(await cook(o._replace(ticks=2), notify))
    return f"table {table}: {', '.join(served)}"


def counter(prefix: str) -> Callable[[str], None]:
    lines: list[str] = []

    def notify(msg: str) -> None:
        lines.append(msg)
        print(f"  [{prefix}{len(lines):02d}] {msg}")
    notify.lines = lines  # type: ignore[attr-defined]
    return notify


async def ticker(limit: int) -> None:
    for _ in range(limit):
        await Sleep(3)


menu = {
    1: [Order(1, "steak", Station.GRILL, 5), Order(1, "salad", Station.COLD, 1)],
    2: [Order(2, "fries", Station.FRYER, 3), Order(2, "toast", Station.GRILL, 4)],
    3: [Order(3, "soup", Station.COLD, 2)],
}
loop = Loop()
notify = counter("k")
for table, orders in menu.items():
    loop.spawn(course(table, orders, notify))
loop.spawn(ticker(3))
loop.spawn(cook(Order(9, "toast", Station.GRILL, 7), notify))
end = loop.run()
print("finished at", end)
for line in loop.results:
    print(line)

bad = cook(Order(4, "tea", Station.COLD, 1), notify)
print(type(bad).__name__, bad.send(None).ticks)
try:
    bad.throw(Burnt("kettle"))
except Burnt as exc:
    print("thrown back:", exc, bad.cr_frame is None)
closer = course(5, [Order(5, "pie", Station.COLD, 2)], notify)
closer.send(None)
closer.send(0)
closer.close()
print("closed", closer.cr_frame is None, len(notify.lines))  # type: ignore[attr-defined]
aw: Awaitable[int] = Sleep(2)
print(isinstance(aw.__await__(), Generator), Station("fryer").name)
