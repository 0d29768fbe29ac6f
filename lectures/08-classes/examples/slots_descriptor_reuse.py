# Slot descriptors belong to their class; using one on another type fails.
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x',)
a = A()
A.x.__set__(a, 1)
print(a.x, A.x.__get__(a), A.x.__get__(None, A) is A.x)
try:
    A.x.__set__(B(), 1)
except TypeError as e:
    print(e)
try:
    A.x.__delete__(B())
except TypeError as e:
    print(e)
class C(A):
    __slots__ = ('y',)
c = C()
c.x, c.y = 1, 2
print(c.x, c.y, C.__slots__, [k for k in C.__dict__ if k in ('x', 'y')])
print(sorted(['x' in dir(c), 'y' in dir(c)]))
