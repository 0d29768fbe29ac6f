# simple assignment
x = 1
y = x + 2
# ---
# if / elif / else
if a:
    b = 1
elif c:
    b = 2
else:
    b = 3
# ---
# while loop with break and continue
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
else:
    print('done')
# ---
# for loop
for k in range(10):
    if k % 2:
        print(k)
# ---
# constant conditions
if 1:
    a = 1
if 0:
    a = 2
while True:
    if a:
        break
if None:
    pass
if 'x':
    q = 1
# ---
# try except
try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
else:
    g()
# ---
# try finally
try:
    f()
finally:
    g()
# ---
# try except finally nested
try:
    try:
        f()
    except E:
        raise
    finally:
        h()
except* X as eg:
    pass
# ---
# with statement
with open('f') as fh, lock:
    data = fh.read()
# ---
# comprehensions (inlined)
xs = [a * 2 for a in range(10) if a]
ys = {a: b for a, b in pairs}
zs = {a for a in xs}
g = (a for a in xs)
# ---
# tuple folding and unpacking
t = (1, 2, 3)
a, b = b, a
a, b, c = c, b, a
u = (a, 1)
v = [1, 2, 3, 4]
w = {1, 2, 3}
print(*t, sep='')
# ---
# boolean operators
r = a and b or c
s = not a
if not (a and b):
    pass
if a is None:
    pass
if a is not None:
    pass
if None is a:
    pass
t = a in b
u = not (a in b)
v = a is not b
# ---
# match statement
match command:
    case [x, y, *rest]:
        print(x)
    case {'k': v, **kw}:
        pass
    case Point(x=0, y=yy) if yy > 0:
        pass
    case 1 | 2 | 3:
        pass
    case str() as s:
        pass
    case _:
        pass
# ---
# chained comparison and ternary
ok = 0 < x < 10
z = a if b else c
assert x, 'msg'
del x
# ---
# class and function definitions
@dec
class C(Base, metaclass=M):
    x = 1
    def m(self):
        return self.x
def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a
lam = lambda q: q + 1
async def co():
    await x
# ---
# imports and globals
import os, sys as system
from collections import OrderedDict as OD, defaultdict
from . import sibling
global gg
gg = 1
# ---
# many locals in comprehension and long jumps
result = [(a, b, c) for a in range(3) for b in range(3) for c in range(3) if a + b + c]
# ---
# long body forcing EXTENDED_ARG on jumps
if cond:
    v0 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v1 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v2 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v3 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v4 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v5 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v6 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v7 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v8 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    v9 = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    w0 = g.a.b.c.d(e.f.g, h.i.j)
    w1 = g.a.b.c.d(e.f.g, h.i.j)
    w2 = g.a.b.c.d(e.f.g, h.i.j)
    w3 = g.a.b.c.d(e.f.g, h.i.j)
    w4 = g.a.b.c.d(e.f.g, h.i.j)
    w5 = g.a.b.c.d(e.f.g, h.i.j)
    w6 = g.a.b.c.d(e.f.g, h.i.j)
    w7 = g.a.b.c.d(e.f.g, h.i.j)
else:
    pass
# ---
# multi-line expressions and columns beyond 128
value = some_function_with_a_long_name(argument_number_one, argument_number_two,
                                       argument_number_three, argument_number_four,
                                       argument_number_five) + another_function_name(1)
text = ("implicit" "concatenation"
        f"{value!r:>10}")



far_down = 1
# ---
# augmented assignment, subscripts and slices
d[k] += 1
a.b += 2
s = x[1:2]
x[::2] = y
del d[k], a.b
# ---
# f-strings and calls with keywords
msg = f"{a} and {b!s} and {c:{w}}"
call(a, *b, k=1, **d)
obj.method(1, key=2)
# ---
# nested try in loop with continue/break
for item in items:
    try:
        process(item)
    except Skip:
        continue
    except Stop:
        break
    finally:
        cleanup()
# ---
# with inside try, return-less module
try:
    with ctx() as c:
        c.run()
except OSError:
    handle()
# ---
# async comprehension at module level is not allowed; walrus and star targets
if (n := len(a)) > 10:
    first, *rest = a
print(n)
# ---
# literal sets, dicts and lists of constants
a = [1, 2]
b = [1, 2, 3, 4, 5]
c = {'x': 1, 'y': 2}
d = {1, 2, 3}
e = (1, (2, 3), None, ...)
f = -5
g = 2 ** 10
h = 'a' * 3
i = x in (1, 2, 3)
j = x in [1, 2, 3]
for q in [1, 2, 3]:
    pass
# ---
# type parameters and annotations
x: int = 5
y: list[int]
def f[T](a: T) -> T: return a
type Alias = list[int]
# ---
# global loop with else and nested functions
for i in range(3):
    def inner():
        return i
else:
    inner = None
# ---
# empty module
# ---
# docstring module
"""Module docstring."""
import os
# ---
# raise forms
try:
    raise ValueError('x') from None
except ValueError:
    raise
# ---
# while with complex condition
while a and not b or c:
    a = step(a)
# ---
# lots of names for LOAD_FAST superinstructions in comprehension
pairs = [(k, v) for k, v in mapping.items() if k != v]
total = sum([x * y for x, y in pairs])
# ---
# functions: closures, cells in arguments, nonlocal
def outer(a, b):
    c = 1
    def inner(d):
        nonlocal c
        c += a + d
        return c
    return inner
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
# ---
# generators, yield from, return in generator
def gen(n):
    for i in range(n):
        try:
            yield i
        except ValueError:
            yield -1
    yield from range(3)
    return 5
def gen2():
    x = yield
    while x:
        x = yield x * 2
# ---
# async functions
async def fetch(session, urls):
    async with session.lock:
        async for chunk in session.stream():
            await session.process(chunk)
    results = [await s for s in urls]
    return results
async def agen():
    yield 1
    await other()
# ---
# uninitialised locals and deletes
def f(a):
    if a:
        x = 1
    print(x)
    del a
    try:
        y = g()
    except E:
        pass
    return y
def many(p0, p1):
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    w0 = w1 = w2 = w3 = w4 = w5 = w6 = w7 = w8 = w9 = 0
    return p0 + p1 + v0 + v9 + w0 + w9
# ---
# superinstructions and swaps in functions
def sw(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    x = y = a
    return a + b, b + c
def long_locals(a):
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = l8 = l9 = l10 = l11 = l12 = l13 = l14 = l15 = l16 = a
    return l15 + l16, l1 + l2
# ---
# try/finally with return, break and continue inside functions
def tf(xs):
    for x in xs:
        try:
            if x:
                continue
            if x is None:
                break
            return x
        finally:
            print('f')
    try:
        return 1
    finally:
        return 2
def wf(p):
    with open(p) as f:
        return f.read()
# ---
# classes with super and __class__ cell, properties and class-level comprehensions
class K(Base):
    attr = [i for i in range(3)]
    def __init__(self, x):
        super().__init__()
        self.x = x
    @property
    def value(self):
        return self.x
    @staticmethod
    def s(*args, **kwargs):
        return args, kwargs
# ---
# lambdas, default args, keyword-only and positional-only
def params(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw
square = lambda x: x * x
keyf = lambda item, *, key=None: (item, key)
# ---
# match and comprehensions with hidden locals inside a function
def m(cmd, items):
    match cmd:
        case {'go': [x, y]}:
            return x + y
        case [first, *others] if first:
            return others
        case Point(x=0) | Point(y=0):
            return 0
    total = sum(i * j for i in items for j in items)
    evens = {i: i % 2 == 0 for i in items}
    return total, evens, [i for i in items if i]
# ---
# generic functions and classes with type params
def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T]:
    def get(self) -> T:
        return self.item
type Pair[K, V] = tuple[K, V]
# ---
# exception groups and raise in functions
def eg():
    try:
        risky()
    except* ValueError as e:
        log(e)
    except* TypeError:
        raise
def reraise():
    try:
        risky()
    except Exception as exc:
        raise RuntimeError('x') from exc
    else:
        return 0
    finally:
        cleanup()
# ---
# while loops with complex conditions in functions
def loop(n):
    i = 0
    while i < n and not done(i):
        if i % 3 == 0 or i % 5 == 0:
            i += 2
            continue
        i += 1
    else:
        return -1
    return i
def docstring_fn():
    """A docstring."""
    return None
def empty():
    pass
def only_return():
    return
def const_cond():
    if 0:
        return 1
    while 1:
        if x():
            return 2
    return 3
