# __index__, __int__, __float__, __complex__, __round__, __trunc__ conversions.
class I:
    def __index__(self): return 3
print([10, 20, 30, 40][I()], 'abcdef'[I():], bin(I()), hex(I()), range(I()))
print(int(I()), operator_like := (5).__lshift__(I()))
class F:
    def __float__(self): return 2.5
print(float(F()), complex(F()))
class N:
    def __int__(self): return 7
print(int(N()))
try:
    [1][N()]
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return 'x'
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class Rnd:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 9
print(round(Rnd()), round(Rnd(), 2))
class Cx:
    def __complex__(self): return 1j
print(complex(Cx()))
try:
    int(type('Nothing', (), {})())
except TypeError as e:
    print(e)
