# A little turn-based game: entities with inheritance, super(), __str__, combat and defeat errors.
class Defeated(Exception):
    pass

class Entity:
    def __init__(self, name, hp, attack):
        self.name, self.hp, self.max_hp, self.attack = name, hp, hp, attack

    @property
    def alive(self):
        return self.hp > 0

    def take(self, damage):
        if not self.alive:
            raise Defeated(f'{self.name} is already defeated')
        self.hp = max(0, self.hp - damage)
        return damage

    def hit(self, other):
        return other.take(self.attack)

    def __str__(self):
        bar = '#' * (10 * self.hp // self.max_hp)
        return f'{self.name:8} [{bar:<10}] {self.hp}/{self.max_hp}'

class Knight(Entity):
    def __init__(self, name):
        super().__init__(name, hp=30, attack=6)
        self.shield = 2

    def take(self, damage):
        return super().take(max(0, damage - self.shield))

class Mage(Entity):
    def __init__(self, name):
        super().__init__(name, hp=18, attack=4)
        self.mana = 10

    def hit(self, other):
        if self.mana >= 5:
            self.mana -= 5
            return other.take(self.attack * 3)
        return super().hit(other)

class Goblin(Entity):
    def __init__(self, n):
        super().__init__(f'goblin{n}', hp=12, attack=5)

party = [Knight('arthur'), Mage('merlin')]
enemies = [Goblin(1), Goblin(2)]
turn = 0
while [e for e in enemies if e.alive]:
    turn += 1
    for hero in party:
        targets = [e for e in enemies if e.alive]
        if targets:
            dealt = hero.hit(targets[0])
            print(f'turn {turn}: {hero.name} hits {targets[0].name} for {dealt}')
    for foe in [e for e in enemies if e.alive]:
        dealt = foe.hit(party[turn % 2])
        print(f'turn {turn}: {foe.name} hits {party[turn % 2].name} for {dealt}')
for e in party + enemies:
    print(e)
try:
    party[0].hit(enemies[0])
except Defeated as err:
    print('Defeated:', err)
