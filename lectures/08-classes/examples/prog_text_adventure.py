# A tiny text adventure engine: rooms, items, a player with an inventory, commands via getattr dispatch.
class GameError(Exception):
    pass

class Room:
    def __init__(self, name, description):
        self.name, self.description = name, description
        self.exits = {}
        self.items = []
    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self
    def __str__(self):
        items = f" You see: {', '.join(self.items)}." if self.items else ''
        return f'{self.name}: {self.description}.{items} Exits: {", ".join(sorted(self.exits))}.'

class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []

    def do(self, line):
        verb, _, rest = line.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            raise GameError(f"I don't know how to {verb!r}")
        return handler(rest)

    def cmd_look(self, _):
        return str(self.room)

    def cmd_go(self, direction):
        if direction not in self.room.exits:
            raise GameError(f'you cannot go {direction} from the {self.room.name}')
        self.room = self.room.exits[direction]
        return str(self.room)

    def cmd_take(self, item):
        if item not in self.room.items:
            raise GameError(f'there is no {item} here')
        self.room.items.remove(item)
        self.inventory.append(item)
        return f'taken: {item}'

    def cmd_inventory(self, _):
        return 'you carry: ' + (', '.join(self.inventory) or 'nothing')

hall = Room('Hall', 'a dusty hall')
kitchen = Room('Kitchen', 'it smells of bread')
garden = Room('Garden', 'flowers everywhere')
hall.connect('north', kitchen, 'south')
hall.connect('east', garden, 'west')
kitchen.items += ['knife', 'bread']
garden.items.append('key')
p = Player(hall)
for cmd in ['look', 'go north', 'take bread', 'take sword', 'go west', 'go south', 'go east',
            'take key', 'inventory', 'dance']:
    try:
        print('>', cmd, '\n ', p.do(cmd))
    except GameError as e:
        print('>', cmd, '\n  !', e)
