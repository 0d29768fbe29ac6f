# Classes imported from a sibling module: __module__, reprs of the classes, subclassing across
# modules, an exception class from the module, and a traceback that goes through the module.
import mod_geometry
from mod_geometry import Shape, Rect, GeometryError

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class Blob(Shape):
    pass

print(Rect, Square, Rect.__module__, Square.__module__, Shape.registry)
print(Square(3), Square(3).area(), isinstance(Square(1), mod_geometry.Rect))
print(repr(GeometryError('x')), GeometryError.__module__, type(mod_geometry.Rect(1, 2)).__qualname__)
try:
    Blob().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    raise GeometryError('degenerate')
except mod_geometry.GeometryError as e:
    print(type(e), e)
print([c.__name__ for c in Shape.__subclasses__()], Shape.__subclasses__()[1])
Square(-1)
