# __slots__ replaces the instance dict with member descriptors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
print(type(P.__dict__['x']).__name__, P.x)
print(hasattr(p, '__dict__'), '__weakref__' in P.__dict__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(e)
del p.x
try:
    del p.x
except AttributeError as e:
    print(e)
print(P.__slots__, P.x.__name__, P.x.__objclass__)
P.x.__set__(q, 10)
print(P.x.__get__(q, P))
