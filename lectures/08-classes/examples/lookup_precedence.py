# Instance dict shadows class attributes and methods (non-data); class changes are seen live.
class C:
    x = 'class'
    def m(self): return 'method'
c = C()
print(c.x, c.m())
c.x = 'instance'
c.m = lambda: 'instance function'
print(c.x, c.m(), C.x, C().m())
del c.x, c.m
print(c.x, c.m())
C.x = 'changed'
print(c.x)
C.m = lambda self: 'replaced method'
print(c.m())
class D(C):
    pass
d = D()
C.y = 'added later'
print(d.y, d.x)
print(vars(c), vars(C)['x'])
try:
    vars(1)
except TypeError as e:
    print(e)
print(getattr(d, 'x'), getattr(d, 'nope', None))
try:
    getattr(d, 1)
except TypeError as e:
    print(e)
