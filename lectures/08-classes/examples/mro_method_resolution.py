# Attribute lookup walks __mro__ in order; the first class that defines the name wins.
class Base:
    greeting = 'base'
    def hello(self): return 'Base.hello'
    def only_base(self): return 'only base'
class Left(Base):
    def hello(self): return 'Left.hello'
class Right(Base):
    greeting = 'right'
    def hello(self): return 'Right.hello'
class Child(Left, Right):
    pass
c = Child()
print(c.hello(), c.greeting, c.only_base())
print([k.__name__ for k in Child.__mro__])
Left.greeting = 'left now'
print(c.greeting)
del Left.greeting
print(c.greeting)
del Right.hello, Left.hello
print(c.hello())
