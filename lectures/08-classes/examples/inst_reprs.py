# The default reprs, masked where they contain an address.
class A:
    def m(self): pass
a = A()
r = repr(a)
print(r.startswith('<__main__.A object at 0x'), r.endswith('>'))
print(A, type(A), repr(A))
print(str(a) == r, format(a) == r)
b = repr(a.m)
print(b.startswith('<bound method A.m of <__main__.A object at 0x'))
print(object, type, int, type(None), type(...), type(NotImplemented))
print(A.__init__, A.__dict__['m'].__qualname__, repr(A.m).startswith('<function A.m at 0x'))
class Nested:
    class Inner: pass
print(Nested.Inner, Nested.Inner.__repr__)
print(repr(type('X', (), {'__module__': None})))
print(repr(type('X', (), {'__module__': 'builtins'})))
