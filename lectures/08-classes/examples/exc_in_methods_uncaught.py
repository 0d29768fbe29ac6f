# An exception raised inside __init__ through a class call: the traceback shows both frames.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows[0])
        for r in rows:
            if len(r) != self.n:
                raise ValueError(f'row {r} has length {len(r)}, expected {self.n}')
m = Matrix([[1, 2], [3, 4]])
print(m.n)
bad = Matrix([[1, 2], [3]])
