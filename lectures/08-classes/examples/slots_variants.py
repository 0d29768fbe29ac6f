# Slots as a string, with __dict__ and __weakref__, inherited, and empty.
class One:
    __slots__ = 'only'
o = One()
o.only = 1
print(o.only, One.__slots__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Base:
    __slots__ = ('a',)
class Child(Base):
    pass
c = Child()
c.a = 1
c.other = 2
print(c.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
class Grand(Base):
    __slots__ = ('b',)
g = Grand()
g.a, g.b = 1, 2
print(g.a, g.b, hasattr(g, '__dict__'))
try:
    g.c = 3
except AttributeError as e:
    print(e)
