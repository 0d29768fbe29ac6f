# Deleting class attributes; errors for missing ones; __doc__ lookups.
class C:
    x = 1
    def m(self): return 'm'
del C.x
try:
    C.x
except AttributeError as e:
    print(e)
try:
    del C.x
except AttributeError as e:
    print(e)
c = C()
del C.m
try:
    c.m()
except AttributeError as e:
    print(e)
print(C == C, C != int, hash(C) == hash(C), {C: 'class key'}[C])
print(C.__name__, c.__class__ is C, c.__class__.__name__, type(c).__qualname__)
class D:
    def method(self):
        "method doc"
print(D.method.__doc__, D().method.__doc__, D.__doc__)
