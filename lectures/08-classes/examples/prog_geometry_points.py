# Points and segments: type(self)(...) to build the same class, __eq__ across subclasses,
# __hash__, __iter__ for unpacking, class-level constants and printing lists of objects.
class Point:
    ORIGIN = None

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __iter__(self):
        return iter((self.x, self.y))

    def __add__(self, other):
        return type(self)(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return type(self)(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return type(self)(self.x * k, self.y * k)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def dist2(self, other=None):
        dx, dy = self - (other or Point.ORIGIN)
        return dx * dx + dy * dy

    def __repr__(self):
        return f'{self.__class__.__name__}({self.x}, {self.y})'

Point.ORIGIN = Point()

class GridPoint(Point):
    def neighbours(self):
        return [self + d for d in (GridPoint(1, 0), GridPoint(-1, 0), GridPoint(0, 1), GridPoint(0, -1))]

class Segment:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __len__(self):
        return abs(self.b.x - self.a.x) + abs(self.b.y - self.a.y)
    def __contains__(self, p):
        return min(self.a.x, self.b.x) <= p.x <= max(self.a.x, self.b.x) and \
               min(self.a.y, self.b.y) <= p.y <= max(self.a.y, self.b.y)
    def __repr__(self):
        return f'Segment({self.a!r} -> {self.b!r})'

p, q = Point(3, 4), GridPoint(1, 1)
print(p + q, q + p, p - q, q * 3, p.dist2(), p.dist2(q))
print(p == Point(3, 4), GridPoint(3, 4) == p, p == (3, 4), len({p, Point(3, 4), GridPoint(3, 4)}))
print(q.neighbours())
x, y = p
print(x, y, list(q), max([p, q], key=Point.dist2))
s = Segment(Point(0, 0), Point(4, 0))
print(s, len(s), Point(2, 0) in s, Point(2, 1) in s)
print(*sorted([p, q, Point.ORIGIN], key=lambda pt: pt.dist2()), sep=' | ')
print(', '.join(map(repr, q.neighbours()[:2])), Point.ORIGIN is Point().ORIGIN)
