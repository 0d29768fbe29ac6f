# Helper module for prog_import_classes.py: classes defined in another module.
class Shape:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)

    def area(self):
        raise NotImplementedError(f'{type(self).__qualname__}.area')

    def __repr__(self):
        return f'{type(self).__name__}({", ".join([f"{k}={v}" for k, v in vars(self).items()])})'

class Rect(Shape):
    def __init__(self, w, h):
        if w <= 0 or h <= 0:
            raise ValueError(f'bad size {w}x{h}')
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class GeometryError(Exception):
    pass
