import a
import a.b.c as d, e
from a import b
from a.b import (c, d as e,)
from . import x
from .. import y
from ...pkg.mod import z
from .... import w
from a import *
x = y = z = 1
x: int
x: int = 1
(x): int = 2
a.b: str
a[0]: list[int] = []
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x %= 1; x &= 1; x |= 1; x ^= 1
x <<= 1; x >>= 1; x **= 1; x //= 1
a.b += 1
a[i] -= 2
del a, b.c, d[1], (e, f), [g]
del (a)
pass
assert x
assert x, 'msg'
raise
raise E
raise E from C
def f(): return
def g(): return 1, 2
def h(): return *a, b
global a, b
nonlocal_ = 1
a, b = b, a
[a, b] = c
(a, b), c = d
a, *b, c = d
x = yield
x = yield from y
x = await y
for x in y: pass
for x, y in z: pass
for (x, y) in z: pass
for [x, *y] in z: pass
for x, in y: pass
for x in *a, b: pass
for x in y:
    break
else:
    continue
while 1:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
with a: pass
with a as b, c as (d, e): pass
with (a, b): pass
with (a, b) as c: pass
with (a as b): pass
with (a as b, c): pass
with (yield): pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E as e:
    pass
x = 1; y = 2;
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = dict
type D[T = int, *Ts = *tuple[int], **P = [int]] = 1
type = 1
type.x = 2
type(x)
match = 1
match.x
match(x)
print(type, match, case, _)
