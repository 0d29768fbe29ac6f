# A small Matrix class: construction checks, +, *, @, transpose, equality, identity and repr.
class MatrixError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or not rows[0]:
            raise MatrixError('empty matrix')
        width = len(rows[0])
        for r in rows:
            if len(r) != width:
                raise MatrixError(f'ragged rows: {len(r)} != {width}')
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f'cannot add {self.shape} and {other.shape}')
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f'cannot multiply {self.shape} by {other.shape}')
        cols = other.T.rows
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        w = max([len(str(x)) for r in self.rows for x in r])
        return '\n'.join(['[' + ' '.join([str(x).rjust(w) for x in r]) + ']' for r in self.rows])

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a @ b)
print(2 * a == a * 2, a @ Matrix.identity(2) == a, a.T.T == a)
print(Matrix([[1, 2, 3]]).T, Matrix([[1, 2, 3]]).shape)
a[0, 0] = 10
print(a[0, 0], a[1, 1], a)
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [2, 3]]), lambda: a + Matrix([[1]]),
            lambda: a @ Matrix([[1, 2, 3]])]:
    try:
        bad()
    except MatrixError as e:
        print('MatrixError:', e)
print(isinstance(MatrixError(), ValueError))
