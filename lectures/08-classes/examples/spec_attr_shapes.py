# One call site seeing many shapes of objects: results must stay right.
class P:
    def __init__(self, v): self.v = v
class Q:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
class R:
    @property
    def v(self): return 'prop'
class T:
    v = 'class'
class U:
    def __getattr__(self, n): return 'getattr ' + n
objs = [P(1), Q(2), R(), T(), U(), type('M', (), {'v': staticmethod(len)})()]
def read(o):
    return o.v
out = []
for rnd in range(30):
    for o in objs:
        out.append(read(o))
print(out[:6])
print(out[-6:] == out[:6])
p = P(1)
for i in range(50):
    read(p)
del p.v
try:
    read(p)
except AttributeError as e:
    print(e)
p.__dict__['v'] = 'back'
print(read(p))
