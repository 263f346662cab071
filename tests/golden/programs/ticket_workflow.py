"""A ticket tracker: enum states, TypedDict records, a state machine with match."""
from enum import Enum, IntEnum, Flag, auto
from typing import TypedDict, NotRequired, Literal, Iterator, Optional, get_type_hints
import functools


class State(Enum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    REVIEW = "review"
    DONE = "done"
    REJECTED = "rejected"

    @property
    def terminal(self) -> bool:
        return self in (State.DONE, State.REJECTED)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 4


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    CLOSE = auto()
    ADMIN = READ | WRITE | CLOSE


class Ticket(TypedDict):
    id: int
    title: str
    state: State
    priority: Priority
    assignee: NotRequired[str]


type Action = Literal["start", "submit", "approve", "reject", "reopen"]


class TransitionError(Exception):
    def __init__(self, ticket: Ticket, action: Action) -> None:
        super().__init__(f"#{ticket['id']}: cannot {action} from {ticket['state'].value}")
        self.action = action


def transition(ticket: Ticket, action: Action, perm: Perm) -> State:
    match action, ticket["state"]:
        case "start", State.OPEN:
            new = State.IN_PROGRESS
        case "submit", State.IN_PROGRESS:
            new = State.REVIEW
        case ("approve" | "reject") as verdict, State.REVIEW:
            if Perm.CLOSE not in perm:
                raise PermissionError(f"{action} needs CLOSE")
            new = State.DONE if verdict == "approve" else State.REJECTED
        case "reopen", s if s.terminal:
            new = State.OPEN
        case _:
            raise TransitionError(ticket, action)
    ticket["state"] = new
    return new


def new_ticket(counter: Iterator[int], title: str, priority: Priority,
               assignee: Optional[str] = None) -> Ticket:
    t: Ticket = {"id": next(counter), "title": title, "state": State.OPEN, "priority": priority}
    if assignee is not None:
        t["assignee"] = assignee
    return t


def ids() -> Iterator[int]:
    n = 100
    while True:
        n += 1
        yield n


@functools.total_ordering
class Rank:
    def __init__(self, t: Ticket) -> None:
        self.key = (-t["priority"], t["id"])
        self.t = t

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rank) and self.key == other.key

    def __lt__(self, other: "Rank") -> bool:
        return self.key < other.key


counter = ids()
tickets = [
    new_ticket(counter, "crash on save", Priority.URGENT, "ana"),
    new_ticket(counter, "typo in docs", Priority.LOW),
    new_ticket(counter, "slow search", Priority.HIGH, "bo"),
    new_ticket(counter, "dark mode", Priority.MEDIUM),
]
script: list[tuple[int, Action, Perm]] = [
    (0, "start", Perm.WRITE), (0, "submit", Perm.WRITE), (0, "approve", Perm.READ | Perm.WRITE),
    (0, "approve", Perm.ADMIN), (1, "submit", Perm.WRITE), (2, "start", Perm.WRITE),
    (2, "submit", Perm.WRITE), (2, "reject", Perm.ADMIN), (2, "reopen", Perm.WRITE),
    (3, "reopen", Perm.WRITE), (1, "start", Perm.READ),
]
for idx, action, perm in script:
    t = tickets[idx]
    try:
        state = transition(t, action, perm)
        print(f"#{t['id']} {action:8} -> {state.name}")
    except TransitionError as exc:
        print("refused:", exc, exc.action)
    except PermissionError as exc:
        print("denied:", exc, perm)

for r in sorted(Rank(t) for t in tickets):
    t = r.t
    print(t["id"], t["priority"].name, int(t["priority"]), t["state"], t.get("assignee", "-"))

print([s.value for s in State], State("review"), State["DONE"].terminal)
print(Priority.HIGH > Priority.MEDIUM, Priority(2), Priority.URGENT + 1, max(Priority))
print(Perm.ADMIN, Perm.READ | Perm.CLOSE, list(Perm.ADMIN), Perm.WRITE in Perm.ADMIN)
print(bool(Perm(0)), Perm.ADMIN & ~Perm.WRITE, repr(State.OPEN), Rank(tickets[0]) >= Rank(tickets[1]))
print(sorted(get_type_hints(Ticket)), Ticket.__required_keys__ == frozenset({"id", "title", "state", "priority"}))
try:
    State("closed")
except ValueError as exc:
    print("ValueError:", exc)
by_state = functools.reduce(lambda acc, t: acc + [(t["id"], t["state"].name)], tickets, [])
print(by_state)
