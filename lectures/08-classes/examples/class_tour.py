class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __len__(self): return 2
    def __iter__(self): yield_ = [self.x, self.y]; return iter(yield_)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
v = Vec(1, 2)
print(v + Vec(3, 4), 3 * v, v * 3, -v, len(v), list(v), v[1], bool(Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))
print(v == Vec(1, 2), v != Vec(1, 2), v == 1)
try: hash(v)
except TypeError as e: print(e)
try: v.z = 1
except AttributeError as e: print(e)
print(Vec.__dict__['x'], type(Vec.x))
class P:
    def __init__(self): self._t = 0
    @property
    def t(self): return self._t
    @t.setter
    def t(self, v):
        if v < 0: raise ValueError("neg")
        self._t = v
p = P(); p.t = 5; print(p.t)
try: p.t = -1
except ValueError as e: print(e)
class C:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def s(x): return x * 2
c = C.make(); C.make()
print(C.count, C.s(4), c.s(5), C.make.__self__)
class D(dict):
    def __missing__(self, k): return k.upper()
d = D(a=1); print(d['a'], d['zz'], isinstance(d, dict), d)
class L(list):
    def push(self, x): self.append(x)
l = L([1]); l.push(2); print(l, len(l), type(l).__name__, l + [3])
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg); self.code = code
try: raise E("bad", 7)
except E as e: print(e, e.code, e.args, repr(e))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['tag'] = name.lower()
        return super().__new__(m, name, bases, ns)
class T(metaclass=Meta): pass
print(T.tag, type(T))
class Base:
    subs = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw); Base.subs.append((cls.__name__, key))
class S1(Base, key=1): pass
class S2(Base): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return 'got ' + self.name if obj else self
class H: attr = Desc()
print(H().attr, H.attr.name)
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return True
with CM() as cm: raise KeyError('x')
print('after')
print(getattr(v, 'x'), hasattr(v, 'q'))
class G:
    def __getattr__(self, n): return n * 2
print(G().abc)
print(A := type('A', (), {'k': 3}), A.k, A().k)
print(dir(H())[-3:])
print(C.__qualname__, C.make.__func__.__qualname__, C.__module__)
