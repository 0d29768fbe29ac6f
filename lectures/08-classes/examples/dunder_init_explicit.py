# Calling a base __init__ explicitly, and calling __init__ twice.
class Base:
    def __init__(self, name):
        print('Base.__init__', name)
        self.name = name
class Child(Base):
    def __init__(self, name, age):
        Base.__init__(self, name)
        self.age = age
c = Child('a', 3)
print(vars(c))
c.__init__('b', 4)
print(vars(c))
class Forgot(Base):
    def __init__(self):
        pass
f = Forgot()
try:
    f.name
except AttributeError as e:
    print(e)
class Abstract:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
class Square(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Abstract): pass
for shape in [Square(3), Blob()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
