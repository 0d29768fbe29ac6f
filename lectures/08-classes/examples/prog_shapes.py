# Shapes with inheritance, __repr__, __eq__, sorting by area and a polymorphic report.
class Shape:
    name = 'shape'

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __repr__(self):
        fields = ', '.join([f'{k}={v}' for k, v in vars(self).items()])
        return f'{type(self).__name__}({fields})'

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None

class Rectangle(Shape):
    name = 'rectangle'

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    name = 'square'

    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    name = 'circle'
    PI = 3.14159

    def __init__(self, r):
        self.r = r

    def area(self):
        return round(self.PI * self.r ** 2, 3)

    def perimeter(self):
        return round(2 * self.PI * self.r, 3)

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f'sides {a}, {b}, {c} do not make a triangle')
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

shapes = [Rectangle(3, 4), Square(2), Circle(1), Circle(2), Triangle(3, 4, 5)]
for s in shapes:
    try:
        print(f'{s.name:10} {s!r:35} area={s.area()} perimeter={s.perimeter()}')
    except NotImplementedError:
        print(f'{s.name:10} {s!r:35} area unknown, perimeter={s.perimeter()}')
measurable = [s for s in shapes if not isinstance(s, Triangle)]
print(sorted(measurable))
print(max(measurable), min(measurable))
print(Square(2) == Square(2), Square(2) == Rectangle(2, 2), Square(2) != Circle(2))
print([type(s).__mro__[1].__name__ for s in shapes])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
print(isinstance(Square(1), Rectangle), issubclass(Circle, Rectangle))
try:
    {Square(1)}
except TypeError as e:
    print(e)
