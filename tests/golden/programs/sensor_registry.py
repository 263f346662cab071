"""Sensor hub: weak references to subscribers, singledispatch formatting, functools helpers."""
import weakref
import functools
import itertools
import gc
from typing import Callable, ClassVar, Final, Generic, Optional, TypeVar, Union, get_type_hints

type Reading = Union[int, float]
R = TypeVar("R", int, float)
MAX_HISTORY: Final = 5


class Sensor(Generic[R]):
    registry: ClassVar["weakref.WeakValueDictionary[str, Sensor]"] = weakref.WeakValueDictionary()

    def __init__(self, name: str, unit: str) -> None:
        self.name = name
        self.unit = unit
        self.history: list[R] = []
        Sensor.registry[name] = self

    def record(self, value: R) -> None:
        self.history.append(value)
        del self.history[:-MAX_HISTORY]
        self.__dict__.pop("mean", None)

    @functools.cached_property
    def mean(self) -> float:
        print(f"    (computing mean of {self.name})")
        return round(sum(self.history) / len(self.history), 2)

    def __repr__(self) -> str:
        return f"<Sensor {self.name} [{self.unit}]>"


class Display:
    def __init__(self, label: str) -> None:
        self.label = label
        self.seen = 0

    def show(self, sensor: Sensor, value: Reading) -> None:
        self.seen += 1
        print(f"  {self.label}: {sensor.name}={fmt(value)}{sensor.unit}")


class Hub:
    def __init__(self) -> None:
        self.subs: list[weakref.WeakMethod] = []
        self.dropped = 0

    def subscribe(self, method: Callable[[Sensor, Reading], None]) -> None:
        self.subs.append(weakref.WeakMethod(method, self._gone))

    def _gone(self, ref: weakref.WeakMethod) -> None:
        self.dropped += 1

    def publish(self, sensor: Sensor, value: Reading) -> int:
        sensor.record(value)
        delivered = 0
        for ref in list(self.subs):
            method = ref()
            if method is None:
                self.subs.remove(ref)
                continue
            method(sensor, value)
            delivered += 1
        return delivered


@functools.singledispatch
def fmt(value: object) -> str:
    return f"?{value!r}"


@fmt.register
def _(value: int) -> str:
    return f"{value:d}"


@fmt.register
def _(value: float) -> str:
    return f"{value:.1f}"


@fmt.register(bool)
def _(value: bool) -> str:
    return "on" if value else "off"


def logged(fn: Callable[..., int]) -> Callable[..., int]:
    @functools.wraps(fn)
    def wrapper(*args: object, **kw: object) -> int:
        result = fn(*args, **kw)
        print(f"  {fn.__name__} -> {result}")
        return result
    return wrapper


hub = Hub()
temp: Sensor[float] = Sensor("temp", "C")
hum: Sensor[int] = Sensor("hum", "%")
main, spare = Display("main"), Display("spare")
hub.subscribe(main.show)
hub.subscribe(spare.show)
publish = logged(hub.publish)
readings = itertools.chain(zip(itertools.repeat(temp), [20.5, 21.0, 22.25]), zip(itertools.repeat(hum), [40, 42]))
for s, v in readings:
    publish(s, v)
print(temp.mean, temp.mean, hum.mean)
del spare
gc.collect()
print("dropped", hub.dropped)
publish(temp, 19.75)
print(len(hub.subs), temp.mean, temp.history)
for v in range(8):
    hum.record(v * 3)
print(hum.history, hum.mean, fmt(True), fmt("x"), fmt(2.0), fmt(7))
print(sorted(Sensor.registry.keys()), Sensor.registry["hum"] is hum)
door = Sensor("door", "")
r = weakref.ref(door)
print(r() is door, "door" in Sensor.registry, weakref.getweakrefcount(door))
del door
gc.collect()
print(r() is None, "door" in Sensor.registry, len(Sensor.registry))
finalized: list[str] = []
probe = Display("probe")
fin = weakref.finalize(probe, finalized.append, "probe gone")
print(fin.alive, finalized)
del probe
gc.collect()
print(fin.alive, finalized, publish.__name__, publish.__wrapped__.__name__)
half = functools.partial(Sensor.record, temp)
half(30.0)
print(temp.history[-2:], half.func.__name__, sorted(get_type_hints(Sensor.record)))
print(fmt.registry[float].__name__, fmt.dispatch(bool) is fmt.registry[bool], hints := get_type_hints(Sensor.__init__))
