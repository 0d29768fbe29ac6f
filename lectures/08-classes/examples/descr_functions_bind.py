# Functions are non-data descriptors: function.__get__ makes a bound method.
def f(self, x=0):
    return (self, x)
class C:
    m = f
c = C()
bm = C.__dict__['m'].__get__(c, C)
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is f, bm(1)[1])
print(C.m is f, type(C.m).__name__)
print(f.__get__(None, C) is f)
print(f.__get__(5)(), (lambda self: self * 2).__get__(21)())
print(c.m == c.m, c.m is c.m, C.m == C.m)
print(c.m.__name__, c.m.__qualname__, c.m.__doc__, c.m.__module__)
try:
    f.__get__()
except TypeError as e:
    print(e)
try:
    f.__get__(None, None)
except TypeError as e:
    print(e)
bm2 = c.m
print(bm2.__func__.__code__.co_varnames, hash(c.m) == hash(c.m))
try:
    bm.x = 1
except AttributeError as e:
    print(e)
