# __class__ assignment: allowed between compatible heap types only.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 1
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
class S:
    __slots__ = ('x',)
try:
    a.__class__ = S
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
class L(list): pass
l = L()
class L2(list): pass
l.__class__ = L2
print(type(l).__name__)
try:
    l.__class__ = list
except TypeError as e:
    print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
