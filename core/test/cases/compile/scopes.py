# Scopes: nonlocal, inlined comprehensions with cells, super(), PEP 695 generics, async gens.
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        return [x + i for i in range(3)]
    y = [lambda: x for x in range(3)]
    z = [w for w in range(3) if (t := w)]
    return mid, t

class C:
    a = 1
    b = [a for _ in range(2)]
    def m(self):
        return __class__, super().m(1, 2)
    def n(self, *, k=1, **kw):
        return super(C, self).n
    @staticmethod
    def s(): pass

class G[T: int, *Ts, **P]:
    def m(self, x: T) -> T:
        return super().m(x)
    attr: T

def gen[T](a: T, b=1, *, c=2) -> T:
    yield a

async def ag():
    async with a as b:
        yield b
    return

def deep():
    try:
        for i in x:
            with y:
                if i: return i
                break
    finally:
        pass
    while True:
        try:
            continue
        except E:
            return 1

def comp_cells():
    return [lambda: i for i in range(3)], {k: (lambda: k) for k in "ab"}

class Outer:
    class Inner:
        def f(self): return __class__
    def g(self):
        def h(): return __class__
        return h
