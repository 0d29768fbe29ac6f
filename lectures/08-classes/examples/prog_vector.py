# A 2D/3D Vector with operator dunders, comparisons, hashing, iteration and formatting.
class Vector:
    __slots__ = ('_c',)

    def __init__(self, *components):
        if not components:
            raise ValueError('a Vector needs at least one component')
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        return self._c[i]

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f'dimension mismatch: {len(self)} vs {len(other)}')
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*[a + b for a, b in zip(self, other)])

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*[a - b for a, b in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum([a * b for a, b in zip(self, k)])
        return Vector(*[a * k for a in self])

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*[a / k for a in self])

    def __neg__(self):
        return Vector(*[-a for a in self])

    def __abs__(self):
        return sum([a * a for a in self]) ** 0.5

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __repr__(self):
        return f'Vector{self._c}'

    def __format__(self, spec):
        return '<' + ', '.join([format(a, spec) for a in self]) + '>'

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, v * w, v / 2, -v, abs(v))
print(bool(v), bool(Vector(0, 0)), v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}))
print(f'{v:.2f}', format(w, '+d'), list(v), v[0], v[-1], tuple(v[::-1]))
x, y = v
print(x, y, sorted([Vector(2, 1), Vector(1, 5)], key=abs))
for bad in [lambda: v + Vector(1, 2, 3), lambda: v + 1, lambda: Vector(), lambda: 'a' - v]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    v.z = 0
except AttributeError as e:
    print(e)
print(sum([v, w, Vector(0, 1)], Vector(0, 0)))
