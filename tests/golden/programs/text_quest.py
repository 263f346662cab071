# A text adventure driven by commands read from stdin: a verb/noun parser with
# synonyms and abbreviations, rooms as a graph, an inventory, locked doors, scoring,
# a save/restore of the state as a string, and the exit status taken from the score.
import sys

ROOMS = {
    "hall": {"desc": "A dusty hall. Exits lead north and east.", "exits": {"north": "library", "east": "kitchen"},
             "items": ["lamp"]},
    "library": {"desc": "Shelves of mouldy books.", "exits": {"south": "hall", "up": "attic"},
                "items": ["book", "key"]},
    "kitchen": {"desc": "A cold kitchen; a cellar door is in the floor.", "exits": {"west": "hall", "down": "cellar"},
                "items": ["bread"], "locked": {"down": "key"}},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "dark": True},
    "attic": {"desc": "Low beams and a round window.", "exits": {"down": "library"}, "items": []},
}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
            "get": "take", "grab": "take", "pick": "take", "i": "inventory", "inv": "inventory",
            "l": "look", "x": "examine", "go": "walk", "q": "quit", "drop": "drop"}
DIRECTIONS = {"north", "south", "east", "west", "up", "down"}
POINTS = {"treasure": 50, "book": 5, "key": 10, "bread": 1, "lamp": 2}


class GameOver(Exception):
    def __init__(self, reason, status):
        super().__init__(reason)
        self.status = status


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.visited = {"hall"}
        self.unlocked = set()
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}

    @property
    def score(self):
        return sum(POINTS.get(i, 0) for i in self.inventory) + 3 * len(self.visited) - self.moves // 5

    def say(self, *parts):
        print("  " + " ".join(str(p) for p in parts))

    def parse(self, line):
        words = [w for w in line.lower().replace(",", " ").split() if w not in ("the", "a", "an", "to")]
        if not words:
            return None, None
        words = [SYNONYMS.get(w, w) for w in words]
        verb, noun = words[0], " ".join(words[1:]) or None
        if verb in DIRECTIONS:
            verb, noun = "walk", verb
        return verb, noun

    def describe(self):
        room = self.rooms[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            self.say("It is pitch dark. You might be eaten by something.")
            return
        self.say(f"[{self.room.title()}] {room['desc']}")
        if room["items"]:
            self.say("You see:", ", ".join(sorted(room["items"])))
        self.say("Exits:", " ".join(sorted(room["exits"])))

    def do_walk(self, noun):
        room = self.rooms[self.room]
        if noun not in room["exits"]:
            self.say(f"You can't go {noun or 'nowhere'}.")
            return
        need = room.get("locked", {}).get(noun)
        if need and (self.room, noun) not in self.unlocked:
            if need in self.inventory:
                self.unlocked.add((self.room, noun))
                self.say(f"You unlock the way {noun} with the {need}.")
            else:
                self.say("It's locked.")
                return
        self.room = room["exits"][noun]
        self.visited.add(self.room)
        self.describe()

    def do_take(self, noun):
        room = self.rooms[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            raise GameOver("You stumble in the dark and fall.", 3)
        if noun == "all":
            taken, room["items"] = room["items"], []
            self.inventory += taken
            self.say("Taken:", ", ".join(taken) if taken else "nothing")
        elif noun in room["items"]:
            room["items"].remove(noun)
            self.inventory.append(noun)
            self.say(f"Taken: {noun}.")
        else:
            self.say(f"No {noun} here.")

    def do_drop(self, noun):
        try:
            self.inventory.remove(noun)
        except ValueError:
            self.say(f"You don't have {noun!r}.")
        else:
            self.rooms[self.room]["items"].append(noun)
            self.say("Dropped.")

    def do_inventory(self, noun):
        self.say("You carry:", ", ".join(self.inventory) or "nothing", f"(score {self.score})")

    def do_look(self, noun):
        self.describe()

    def do_examine(self, noun):
        texts = {"book": "A diary: 'the key opens the cellar'.", "lamp": "Brass, full of oil.",
                 "treasure": "Gold coins!", "key": "Small and rusty."}
        if noun in self.inventory or noun in self.rooms[self.room]["items"]:
            self.say(texts.get(noun, f"Just a {noun}."))
        else:
            self.say("You see no such thing.")

    def do_save(self, noun):
        self.saved = repr((self.room, sorted(self.inventory), sorted(self.visited), self.moves))
        self.say("Saved:", self.saved)

    def do_restore(self, noun):
        room, inv, visited, moves = self.saved[2:-1].split("', ", 1)[0], None, None, None
        self.say("Restored room:", room)
        self.room = room

    def do_quit(self, noun):
        raise GameOver("You quit.", 0 if self.score > 60 else 1)

    def step(self, line):
        verb, noun = self.parse(line)
        if verb is None:
            return
        self.moves += 1
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(noun)


game = Game()
game.describe()
status = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    print(f"{lineno:02d}> {line}")
    try:
        game.step(line)
    except GameOver as over:
        print(f"*** {over} Final score {game.score} in {game.moves} moves.")
        status = over.status
        break
else:
    print("*** Input ended.")
print("visited:", sorted(game.visited), "unlocked:", sorted(game.unlocked))
sys.exit(status)
