# Conway's game of life with a Board class: __getitem__ with tuple keys, __str__, __eq__ and
# a generation counter; a glider and a blinker run for a few steps.
class Board:
    def __init__(self, width, height, alive=()):
        self.width, self.height = width, height
        self.cells = set(alive)
        self.generation = 0

    def __getitem__(self, pos):
        x, y = pos
        return (x % self.width, y % self.height) in self.cells

    def neighbours(self, x, y):
        return sum([self[x + dx, y + dy] for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy])

    def step(self):
        new = set()
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and self[x, y]):
                    new.add((x, y))
        self.cells = new
        self.generation += 1
        return self

    def __eq__(self, other):
        return isinstance(other, Board) and self.cells == other.cells

    def __len__(self):
        return len(self.cells)

    def __str__(self):
        rows = [''.join(['#' if self[x, y] else '.' for x in range(self.width)]) for y in range(self.height)]
        return f'gen {self.generation}, {len(self)} alive\n' + '\n'.join(rows)

blinker = Board(5, 5, {(1, 2), (2, 2), (3, 2)})
start = Board(5, 5, set(blinker.cells))
print(blinker)
print(blinker.step())
print(blinker.step() == start, blinker.generation)
glider = Board(6, 6, {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)})
for _ in range(4):
    glider.step()
print(glider)
print(sorted(glider.cells))
