"""A small text adventure driven by a scripted list of commands."""

class Room:
    def __init__(self, name, desc, exits=None, items=None, locked=None):
        self.name = name
        self.desc = desc
        self.exits = dict(exits or {})
        self.items = list(items or [])
        self.locked = dict(locked or {})

    def __repr__(self):
        return f"Room({self.name!r}, exits={sorted(self.exits)})"

    def describe(self):
        lines = [f"== {self.name} ==", self.desc]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        ex = []
        for d in sorted(self.exits):
            tag = " (locked)" if d in self.locked else ""
            ex.append(d + tag)
        lines.append("Exits: " + (", ".join(ex) if ex else "none"))
        return "\n".join(lines)


class GameOver(Exception):
    pass


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.history = []

    def __str__(self):
        return f"<Player in {self.room.name} with {len(self.inventory)} items, score={self.score}>"


def build_world():
    rooms = {
        "hall": Room("Hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
        "library": Room("Library", "Shelves of books.", {"south": "hall", "up": "attic"}, ["book", "key"],
                        locked={"up": "key"}),
        "kitchen": Room("Kitchen", "Smells of bread.", {"west": "hall", "down": "cellar"}, ["bread", "knife"]),
        "cellar": Room("Cellar", "Dark and damp.", {"up": "kitchen"}, ["wine"]),
        "attic": Room("Attic", "A treasure chest glitters.", {"down": "library"}, ["treasure"]),
    }
    return rooms


class Game:
    STATES = ("exploring", "won", "quit")

    def __init__(self):
        self.rooms = build_world()
        self.player = Player(self.rooms["hall"])
        self.state = "exploring"
        self.handlers = {
            "go": self.do_go, "take": self.do_take, "drop": self.do_drop,
            "look": self.do_look, "inv": self.do_inv, "quit": self.do_quit,
            "use": self.do_use,
        }

    def run(self, commands):
        for cmd in commands:
            if self.state != "exploring":
                break
            print(f"> {cmd}")
            try:
                self.step(cmd)
            except GameOver as e:
                print(f"*** {e} ***")
                self.state = "won"
            except KeyError as e:
                print(f"I don't understand {e.args[0]!r}.")
            except ValueError as e:
                print("Error:", e)
        print(self.player)
        print("Final state:", self.state)

    def step(self, cmd):
        parts = cmd.split()
        if not parts:
            raise ValueError("empty command")
        verb, *args = parts
        handler = self.handlers[verb]
        self.player.moves += 1
        self.player.history.append(verb)
        handler(*args)

    def do_go(self, direction=None):
        if direction is None:
            raise ValueError("go where?")
        room = self.player.room
        if direction not in room.exits:
            print("You can't go that way.")
            return
        if direction in room.locked:
            print(f"The way {direction} is locked.")
            return
        self.player.room = self.rooms[room.exits[direction]]
        print(self.player.room.describe())
        if "treasure" in self.player.room.items:
            self.player.score += 10

    def do_take(self, item):
        room = self.player.room
        if item in room.items:
            room.items.remove(item)
            self.player.inventory.append(item)
            self.player.score += 1
            print(f"Taken: {item}")
            if item == "treasure":
                raise GameOver(f"You won in {self.player.moves} moves with score {self.player.score}")
        else:
            print(f"No {item} here.")

    def do_drop(self, item):
        try:
            self.player.inventory.remove(item)
        except ValueError:
            print(f"You don't have {item}.")
        else:
            self.player.room.items.append(item)
            print(f"Dropped: {item}")

    def do_look(self):
        print(self.player.room.describe())

    def do_inv(self):
        inv = self.player.inventory
        print("You carry:", ", ".join(inv) if inv else "nothing")

    def do_use(self, item):
        if item not in self.player.inventory:
            print(f"You don't have {item}.")
            return
        room = self.player.room
        opened = [d for d, k in room.locked.items() if k == item]
        for d in opened:
            del room.locked[d]
            print(f"You unlock the way {d} with the {item}.")
        if not opened:
            print("Nothing happens.")

    def do_quit(self):
        self.state = "quit"


script = [
    "look", "take lamp", "go west", "go east", "take bread", "go down",
    "take wine", "inv", "go up", "go west", "go north", "go up", "take key",
    "use key", "use lamp", "dance", "", "go", "drop bread", "drop sword",
    "look", "go up", "take treasure", "look",
]
g = Game()
g.run(script)
print(sorted(g.player.history))
from_counts = {}
for v in g.player.history:
    from_counts[v] = from_counts.get(v, 0) + 1
print(sorted(from_counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(repr(g.rooms["library"]))
