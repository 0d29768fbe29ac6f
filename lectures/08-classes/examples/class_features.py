import sys
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e, getattr(e, '__notes__', ''))
def deco(cls):
    cls.decorated = True
    return cls
@deco
class A:
    """Doc of A."""
    x: int = 3
    y: str
    def m(self): return __class__
print(A.decorated, A.__doc__, A.__annotations__, A().m(), A.__firstlineno__, A.__static_attributes__)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int])
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted([k for k in ns if not k.startswith('__')]))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('call', a)
        return super().__call__(*a)
class P(metaclass=M, flag=1):
    def __init__(self, v): self.v = v
print(P.injected, P(5).v)
class Bad:
    def __set_name__(self, owner, name): raise ValueError('nope')
def mk():
    class Q:
        b = Bad()
attempt(mk)
attempt(lambda: type('T', (), {'__slots__': [1]}))
attempt(lambda: type('T', (), {'__slots__': ['a'], 'a': 1}))
attempt(lambda: type('T', (int,), {'__slots__': ['a']}))
attempt(lambda: type('T', (), {'__qualname__': 3}))
class Nested:
    class Inner:
        def f(self): pass
print(Nested.Inner.__qualname__, Nested.Inner.f.__qualname__, Nested.Inner)
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1
[Cnt() for _ in range(3)]
print(Cnt.n)
class Acc:
    def __init__(self): self.__p = 1
    def get(self): return self.__p
print(Acc().get(), Acc()._Acc__p, Acc.__static_attributes__)
class E1(Exception): pass
class E2(E1):
    def __str__(self): return 'custom'
try: raise E2('a', 'b')
except E1 as e: print(repr(e), str(e), e.args)
class WithNew:
    def __new__(cls, x):
        print('new', x)
        return 5
    def __init__(self, x): print('never')
print(WithNew(3))
class Slotted:
    __slots__ = ('a', '__dict__')
s = Slotted(); s.a = 1; s.b = 2; print(s.a, s.__dict__)
del s.a
attempt(lambda: s.a)
class Prop:
    @property
    def v(self):
        "The v."
        return 1
print(Prop.v.__doc__, Prop().v)
attempt(lambda: setattr(Prop(), 'v', 2))
class Base:
    def hello(self): return 'base'
class Mid1(Base):
    def hello(self): return 'mid1>' + super().hello()
class Mid2(Base):
    def hello(self): return 'mid2>' + super().hello()
class Leaf(Mid1, Mid2):
    def hello(self): return 'leaf>' + super().hello()
print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
class Ctx:
    def __enter__(self): return 'v'
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return False
try:
    with Ctx() as v:
        print(v)
        1/0
except ZeroDivisionError: print('propagated')
with Ctx(), Ctx() as w: print(w)
class O:
    def __eq__(s, o): return 'eq'
    def __lt__(s, o): return True
print(O() == 1, O() < O(), 1 > O())
attempt(lambda: O() <= O())
class Num:
    def __init__(s, v): s.v = v
    def __int__(s): return s.v
    def __float__(s): return 1.5
    def __index__(s): return s.v
    def __format__(s, spec): return f'<{spec}>'
    def __str__(s): return 'S'
print(int(Num(4)), float(Num(4)), f'{Num(1):xy}', str(Num(1)), format(Num(2)), range(Num(3)), hex(Num(255)))
class It:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 3: raise StopIteration
        return s.i
print(list(It()), sum(It()), [x*2 for x in It()])
class Seq:
    def __getitem__(s, i):
        if i > 2: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), type(iter(Seq())).__name__)
class Ctn:
    def __contains__(s, x): return x == 'k'
print('k' in Ctn(), 'z' in Ctn(), 'z' not in Ctn())
