# __getitem__ receives slice objects; a Sequence-like class.
class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print('slice', i.start, i.stop, i.step, i.indices(len(self)))
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self): return f'Seq({self.data})'
s = Seq('abcdef')
print(s[1], s[-1], s[1:4], s[::2], s[::-1], s[:])
try:
    s[10]
except IndexError as e:
    print(e)
print(list(s), 'c' in s, s[1:3][0])
class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
g = Grid()
print(g[1, 2], g[3, 4])
try:
    g[1]
except TypeError as e:
    print(e)
print(Grid().__getitem__((0, 7)), type(slice(1, 2)).__name__)
