"""Shortest routes over a generic weighted graph: PEP 695 generics, heapq, itertools."""
import heapq
import itertools
import functools
from typing import NamedTuple, Iterable, Iterator, Protocol, Sequence, Callable

type Weight = int
type Path[N] = list[N]


class Edge[N](NamedTuple):
    src: N
    dst: N
    cost: Weight


class Named(Protocol):
    @property
    def label(self) -> str: ...


class Stop:
    __slots__ = ("code", "zone")

    def __init__(self, code: str, zone: int) -> None:
        self.code = code
        self.zone = zone

    @property
    def label(self) -> str:
        return f"{self.code}/z{self.zone}"

    def __repr__(self) -> str:
        return f"Stop({self.code!r})"

    def __lt__(self, other: "Stop") -> bool:
        return self.code < other.code


class NoRoute(LookupError):
    pass


class Graph[N]:
    def __init__(self) -> None:
        self.adj: dict[str, list[Edge[N]]] = {}
        self.nodes: list[N] = []

    def add(self, e: Edge[N], key: Callable[[N], str]) -> None:
        for n in (e.src, e.dst):
            if key(n) not in self.adj:
                self.adj[key(n)] = []
                self.nodes.append(n)
        self.adj[key(e.src)].append(e)
        self.adj[key(e.dst)].append(Edge(e.dst, e.src, e.cost))

    def neighbours(self, n: N, key: Callable[[N], str]) -> Iterator[tuple[N, Weight]]:
        for e in self.adj.get(key(n), []):
            yield e.dst, e.cost

    def shortest(self, start: N, goal: N, key: Callable[[N], str]) -> tuple[Weight, Path[N]]:
        tie = itertools.count()
        heap: list[tuple[Weight, int, N, Path[N]]] = [(0, next(tie), start, [start])]
        seen: dict[str, Weight] = {}
        while heap:
            cost, _, node, path = heapq.heappop(heap)
            k = key(node)
            if k in seen:
                continue
            seen[k] = cost
            if k == key(goal):
                return cost, path
            for nxt, w in self.neighbours(node, key):
                if key(nxt) not in seen:
                    heapq.heappush(heap, (cost + w, next(tie), nxt, path + [nxt]))
        raise NoRoute(f"{key(start)} -> {key(goal)}")


def describe[T: Named](items: Sequence[T]) -> str:
    return " > ".join(i.label for i in items)


def fares(path: Iterable[Stop]) -> int:
    zones = [s.zone for s in path]
    crossings = sum(1 for a, b in itertools.pairwise(zones) if a != b)
    return 2 + crossings


@functools.lru_cache(maxsize=32)
def zone_fare(a: int, b: int) -> int:
    return 2 + abs(a - b)


stops = {c: Stop(c, z) for c, z in [("A", 1), ("B", 1), ("C", 2), ("D", 2), ("E", 3), ("F", 3), ("G", 4)]}
g: Graph[Stop] = Graph()
code: Callable[[Stop], str] = lambda s: s.code
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 1), ("B", "D", 5), ("C", "D", 8),
                ("C", "E", 10), ("D", "E", 2), ("D", "F", 6), ("E", "F", 2)]:
    g.add(Edge(stops[a], stops[b], w), code)

for src, dst in [("A", "F"), ("B", "E"), ("F", "A"), ("A", "G"), ("C", "C")]:
    try:
        cost, path = g.shortest(stops[src], stops[dst], code)
        print(f"{src}->{dst}: {cost:3d} via {describe(path)} fare {fares(path)}")
    except NoRoute as exc:
        print("no route:", exc, isinstance(exc, LookupError))

pairs = list(itertools.combinations("ABCDEF", 2))
fare_table = {f"{a}{b}": zone_fare(stops[a].zone, stops[b].zone) for a, b in pairs}
print(len(fare_table), fare_table["AF"], fare_table["CD"], zone_fare.cache_info())
for zone, group in itertools.groupby(sorted(g.nodes, key=lambda s: (s.zone, s.code)), key=lambda s: s.zone):
    print("zone", zone, [s.code for s in group])
degrees = sorted(((len(es), k) for k, es in g.adj.items()), reverse=True)
print(degrees[:3], list(itertools.accumulate(d for d, _ in degrees)))
print(list(itertools.batched([s.code for s in g.nodes], 3)), list(itertools.islice(itertools.cycle("xy"), 5)))
e = Edge("p", "q", 3)
print(e, e._replace(cost=9), Edge.__orig_bases__[0].__name__, Graph.__type_params__, Path.__value__)
print(describe.__type_params__[0].__bound__ is Named, Weight.__name__, min(stops.values()))
