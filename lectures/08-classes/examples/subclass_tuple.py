# Subclassing tuple: a hand-made named tuple with properties.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f'Point(x={self.x}, y={self.y})'
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
p = Point(1, 2)
print(p, p.x, p.y, len(p), p + Point(3, 4), tuple(p), p == (1, 2))
x, y = p
print(x, y, hash(p) == hash((1, 2)), p[::-1], type(p[::-1]).__name__)
try:
    p.z = 1
except AttributeError as e:
    print(e)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9)))
class Pair(tuple):
    pass
pr = Pair([1, 2])
pr.tag = 'has dict'
print(pr, pr.tag, Pair() == ())
