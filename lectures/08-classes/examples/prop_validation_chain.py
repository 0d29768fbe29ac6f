# property setters calling each other and validating with user exceptions.
class RangeError(ValueError):
    pass
class Rect:
    def __init__(self, w, h):
        self.width = w
        self.height = h
    @property
    def width(self): return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise RangeError(f'width must be > 0, not {v}')
        self._w = v
    @property
    def height(self): return self._h
    @height.setter
    def height(self, v):
        if v <= 0:
            raise RangeError(f'height must be > 0, not {v}')
        self._h = v
    @property
    def area(self): return self.width * self.height
    @area.setter
    def area(self, a):
        self.width = a / self.height
r = Rect(2, 3)
print(r.area)
r.area = 12
print(r.width, r.height, r.area)
for w, h in [(0, 1), (1, -2)]:
    try:
        Rect(w, h)
    except RangeError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
