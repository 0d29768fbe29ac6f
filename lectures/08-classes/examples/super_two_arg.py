# super(type, obj) and super(type, type2); skipping classes in the MRO.
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B'
class C(B):
    def f(self): return 'C'
c = C()
print(super(C, c).f(), super(B, c).f(), super(C, C).f(c))
print(super(B, C).f.__qualname__)
try:
    super(A, c).f()
except AttributeError as e:
    print(e)
try:
    super(C, 1)
except TypeError as e:
    print(e)
try:
    super(1, c)
except TypeError as e:
    print(e)
try:
    super(B, A)
except TypeError as e:
    print(e)
u = super(C)
print(type(u).__name__, u.__self__, u.__thisclass__.__name__)
print(super(C, c).__class__, super(C, c).__self_class__.__name__)
