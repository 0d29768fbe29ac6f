# A grid class whose bad index escapes as a user exception with a note.
class GridIndexError(IndexError):
    pass

class Grid:
    def __init__(self, w, h, fill='.'):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def _check(self, x, y):
        if not (0 <= x < self.w and 0 <= y < self.h):
            err = GridIndexError(f'({x}, {y}) is outside a {self.w}x{self.h} grid')
            err.add_note(f'valid x: 0..{self.w - 1}, valid y: 0..{self.h - 1}')
            raise err

    def __getitem__(self, pos):
        self._check(*pos)
        return self.cells[pos[1]][pos[0]]

    def __setitem__(self, pos, value):
        self._check(*pos)
        self.cells[pos[1]][pos[0]] = value

    def __str__(self):
        return '\n'.join([''.join(row) for row in self.cells])

g = Grid(4, 3)
for i in range(3):
    g[i, i] = '#'
g[3, 0] = '@'
print(g)
print(g[0, 0], g[1, 0])
g[4, 1] = 'x'
