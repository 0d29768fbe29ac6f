# Setting a dunder on a class after creation updates the type's slot (update_slot).
class A:
    def __init__(self, v): self.v = v
a, b = A(1), A(2)
try:
    a + b
except TypeError as e:
    print(e)
A.__add__ = lambda self, o: A(self.v + o.v)
print((a + b).v)
A.__repr__ = lambda self: f'A({self.v})'
print(a, [b])
A.__len__ = lambda self: self.v
print(len(b), bool(A(0)))
A.__iter__ = lambda self: iter(range(self.v))
print(list(b))
A.__eq__ = lambda self, o: self.v == o.v
print(a == A(1), A.__hash__ is not None)
del A.__add__
try:
    a + b
except TypeError as e:
    print(e)
class B(A): pass
A.__call__ = lambda self: 'called'
print(B(3)(), B(5))
A.__getattr__ = lambda self, n: 'dyn ' + n
print(B(1).zzz)
a.__len__ = lambda: 99
print(len(a))
