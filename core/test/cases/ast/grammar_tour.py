import os, sys as s
from . import (a, b as c)
from ..x.y import *
x = 1 + 2 * -3 ** 4
a, *b = c = f(1, *d, k=2, **e)
print(f"a{{b\n{x!r:>{w}.3} d{ y = }" "zz" f"q")
def g[T: int, *Ts, **P](a, /, b: int = 1, *c, d, e=2, **f) -> None:
    """doc"""
    return lambda x, *y, z=1: (x, y)
@dec
class C(B, metaclass=M):
    x: int = 5
    async def m(self):
        async with a as (b, c), d:
            await x
        async for i in y: pass
try:
    pass
except* (A, B) as e:
    raise X from e
else:
    del a[1:2, ::3], b.c
finally:
    global q
while x := y:
    break
else:
    continue
match p:
    case [1, -2, 3+4j, *rest] | {"k": v, **kw} if v > 0:
        pass
    case Point(x=0, y=_) as pt:
        pass
    case None | True | "s" "b" if 0: ...
type A[T] = list[T]
[x for x in y if x for z in w]; {k: v for k, v in d}; {s for s in t}; (g for g in h)
x[a:b:c] += 1
assert x, "m"
with (a as b, c as d,):
    pass
if a: pass
elif b: pass
else: pass
'hello' u'world'
b'x' b'\x00\n'
