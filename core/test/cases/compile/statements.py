# Statement forms at module level: try/except*/finally, with, imports, annotations, calls.
try:
    source = g()
except (AttributeError, ImportError):
    tree = 1
else:
    if source is None:
        tree = 2
fname = h()
try:
    a()
except:
    raise
else:
    if b is not None:
        c = 1
finally:
    if x == 1:
        y()
if (a if b else c):
    pass
while (x if y else z) and w or not v:
    break
for i in x:
    if i: continue
    try:
        break
    finally:
        q()
with a as b, c as d:
    e()
try:
    pass
except* E as e:
    f()
assert x, y
import a.b.c as d, e.f
from .m import (x as y, z)
del a, b[1], c.d
x[1:2] += 3
x.y -= 1
x: int = 5
y: list
z.q: int
f(*a, **b)
f(a, *b, c=1, **d, e=2)
print(f"{x!r}{y:>{w}}")
lambda: (yield)
class A(B, metaclass=M):
    def f(self): return super().f()
def g[T: int, *Ts, **P](x: T) -> T: pass
class G[T](Base): pass
type Alias[K] = list[K]
type S = int
match p:
    case [1, *rest]: pass
    case {"k": v}: pass
    case C(1, b=2): pass
    case _ if x: pass
