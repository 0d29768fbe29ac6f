# A sparse vector stored in a dict: __getitem__ with defaults, __setitem__ dropping zeros, dot products.
class SparseVector:
    def __init__(self, size, entries=None):
        self.size = size
        self.data = {}
        for i, v in (entries or {}).items():
            self[i] = v

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f'indices must be integers, not {type(i).__name__}')
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f'index {i} out of range for size {self.size}')
        return i

    def __getitem__(self, i):
        return self.data.get(self._index(i), 0)

    def __setitem__(self, i, v):
        i = self._index(i)
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return iter([self.data.get(i, 0) for i in range(self.size)])

    def dot(self, other):
        if self.size != other.size:
            raise ValueError('size mismatch')
        small, big = sorted([self, other], key=lambda v: len(v.data))
        return sum([v * big.data.get(i, 0) for i, v in small.data.items()])

    def __add__(self, other):
        out = SparseVector(self.size, self.data)
        for i, v in other.data.items():
            out[i] = out[i] + v
        return out

    def __repr__(self):
        return f'SparseVector({self.size}, {dict(sorted(self.data.items()))})'

a = SparseVector(10, {0: 1, 3: 2, 9: -1})
b = SparseVector(10, {3: 5, 9: 1})
print(a, b, a + b, a.dot(b), list(a), a[-1], a[5])
a[3] = 0
print(a, len(a), sum(a))
for bad in [lambda: a[10], lambda: a['x'], lambda: a.dot(SparseVector(3))]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
