# Reflected dunders: __radd__ runs when the left operand returns NotImplemented,
# or first when the right operand's type is a subclass overriding it.
class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'M({self.v})'
    def __add__(self, o):
        print('M.__add__')
        return NotImplemented if not isinstance(o, (int, M)) else M(self.v + (o if isinstance(o, int) else o.v))
    def __radd__(self, o):
        print('M.__radd__')
        return M(o + self.v)
    def __rsub__(self, o): return M(o - self.v)
    def __rmul__(self, o): return M(o * self.v)
    def __rpow__(self, o): return M(o ** self.v)
print(1 + M(2))
print(10 - M(3), 3 * M(2), 2 ** M(3))
print(sum([M(1), M(2)]))
class S(M):
    def __radd__(self, o):
        print('S.__radd__')
        return 'S wins'
print(M(1) + S(2))
try:
    M(1) + 'x'
except TypeError as e:
    print(e)
class Only:
    def __radd__(self, o): return NotImplemented
try:
    1 + Only()
except TypeError as e:
    print(e)
