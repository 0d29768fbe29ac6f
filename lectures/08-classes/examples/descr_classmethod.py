# classmethod binds the class (the instance's type when called on an instance).
class Shape:
    count = 0
    def __init__(self, name): self.name = name
    @classmethod
    def create(cls, name):
        cls.count += 1
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
class Circle(Shape): pass
c = Circle.create('c')
print(type(c).__name__, Circle.count, Shape.count, c.kind(), Shape.kind())
cm = Shape.__dict__['create']
print(type(cm).__name__, cm.__func__.__name__, Shape.create.__self__ is Shape)
print(c.create.__self__ is Circle)
print(cm.__get__(None, Circle).__self__ is Circle, cm.__get__(c).__self__ is Circle)
try:
    classmethod(1)(2)
except TypeError as e:
    print(e)
print(cm.__wrapped__ is cm.__func__, cm.__isabstractmethod__)
