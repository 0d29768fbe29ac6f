# Arithmetic dunders fill the nb_* slots of the class.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'N({self.v})'
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o, mod=None): return N(pow(self.v, o, mod))
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __matmul__(self, o): return 'matmul'
    def __divmod__(self, o): return divmod(self.v, o)
a = N(7)
print(a + 1, a + N(2), a - 2, a * 3, a / 2, a // 2, a % 4, a ** 2)
print(pow(a, 2, 5), -a, +a, abs(N(-3)), ~a)
print(a << 2, a >> 1, a & 3, a | 8, a ^ 1, a @ a, divmod(a, 3))
try:
    1 + a
except TypeError as e:
    print(e)
try:
    a < a
except TypeError as e:
    print(e)
