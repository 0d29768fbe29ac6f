def f(): pass
def f(a, b): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c): pass
def f(*, a=1, b): pass
def f(a: int, b: 'str' = 'x', *c: int, d: float, **e: dict) -> bool: pass
def f(*args: *Ts): pass
def f[T](x: T) -> T: return x
def f[T: (int, str), U = int](): pass
async def f():
    await x
    async for a in b: pass
    async with c as d: pass
    return [i async for i in aiter() if await i]
@decorator
def f(): pass
@a.b.c
@d(e)
@f[g] if h else i
@(yield)
def f():
    """docstring"""
class C: pass
class C(): pass
class C(A, B): pass
class C(A, metaclass=M, **kw): pass
class C(*bases): pass
class C[T, *Ts, **P](Base[T]):
    x: T
    def m(self) -> T: ...
@dataclass
class D:
    a: int = 0
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    yield from range(3)
lambda: (yield)
