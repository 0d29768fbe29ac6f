# The class statement: the body runs once, its names become the class's attributes.
class Point:
    """A point in the plane."""
    dims = 2
    print('body runs while the class is built')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

print(Point)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__)
print(Point.dims, Point.__bases__, Point.__mro__)
p = Point(3, 4)
print(p.norm2(), p.x, p.y, type(p) is Point, type(Point))
print(sorted([k for k in Point.__dict__ if not k.startswith('__')]))
print(Point.__static_attributes__, Point.__firstlineno__)
