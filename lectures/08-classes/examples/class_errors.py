def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
class A:
    def f(self, x): return x
    y = 2
class B: pass
attempt(lambda: A().g)
attempt(lambda: A.g)
attempt(lambda: A().f())
attempt(lambda: A.f(1, 2))
attempt(lambda: A(1))
attempt(lambda: B(1, x=2))
attempt(lambda: object(1))
attempt(lambda: sorted(['b', None], key=str.lower))
attempt(lambda: str.upper(5))
attempt(lambda: str.lower.__get__(None, str))
attempt(lambda: type(str.lower))
attempt(lambda: repr(str.lower))
attempt(lambda: type(A.__dict__))
attempt(lambda: list(A.__dict__.keys()))
attempt(lambda: A.__name__ + A.__qualname__ + A.__module__)
attempt(lambda: A.__bases__)
attempt(lambda: A.__doc__)
attempt(lambda: A.mro())
attempt(lambda: object.__subclasses__()[:0])
attempt(lambda: B.__subclasses__())
attempt(lambda: [c.__name__ for c in A.__subclasses__()])
attempt(lambda: dir(A)[:8])
attempt(lambda: dir(A()) == dir(A))
attempt(lambda: sorted(set(dir(A())) - set(dir(object))))
attempt(lambda: getattr(A(), 'zz', 5))
attempt(lambda: A.f.__qualname__)
attempt(lambda: A().f.__func__ is A.f)
attempt(lambda: A().f == A().f)
a = A()
attempt(lambda: a.f == a.f)
attempt(lambda: hash(a.f) == hash(a.f))
attempt(lambda: type(a).__name__)
attempt(lambda: a.__class__ is A)
def setc(): a.__class__ = B; return type(a).__name__
attempt(setc)
def setc2(): a.__class__ = int
attempt(setc2)
attempt(lambda: isinstance(3, (str, int)))
attempt(lambda: issubclass(bool, int))
attempt(lambda: issubclass(3, int))
attempt(lambda: isinstance(3, 4))
class Meta(type):
    def __instancecheck__(cls, x): return x == 42
    def __subclasscheck__(cls, x): return True
class W(metaclass=Meta): pass
attempt(lambda: (isinstance(42, W), isinstance(41, W), issubclass(int, W)))
attempt(lambda: vars(A()))
attempt(lambda: A.__dict__['y'])
attempt(lambda: int.__dict__['real'])
attempt(lambda: type.__dict__['__name__'])
attempt(lambda: A.__flags__)
attempt(lambda: [].apend)
attempt(lambda: object().x)
def delx(): del a.nothere
attempt(delx)
attempt(lambda: setattr(1, 'x', 2))
attempt(lambda: setattr(A, 'z', 3) or A.z)
attempt(lambda: type('X', (A,), {})().f(7))
attempt(lambda: super(A, a).f)
class C1:
    def __init__(self): self.v = 1
class C2(C1):
    def __init__(self): super().__init__(); self.w = 2
attempt(lambda: vars(C2()))
class R:
    def __repr__(self): return 5
attempt(lambda: repr(R()))
class HB:
    def __hash__(self): return 'x'
attempt(lambda: hash(HB()))
class BB:
    def __bool__(self): return 1
attempt(lambda: bool(BB()))
class LL:
    def __len__(self): return -1
attempt(lambda: len(LL()))
class II:
    def __index__(self): return 3
attempt(lambda: [1,2,3,4][II()])
attempt(lambda: bin(II()))
class IT:
    def __iter__(self): return 5
attempt(lambda: iter(IT()))
class NI:
    __iter__ = None
attempt(lambda: iter(NI()))
class CO:
    def __call__(self, *a, **k): return a, k
attempt(lambda: CO()(1, b=2))
attempt(lambda: callable(CO()))
attempt(lambda: callable(A()))
