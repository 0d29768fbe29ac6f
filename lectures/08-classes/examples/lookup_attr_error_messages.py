# AttributeError messages across kinds of objects (3.13 wording).
import sys
class A:
    pass
class S:
    __slots__ = ('a',)
def f():
    pass
tests = [lambda: A().missing, lambda: A.missing, lambda: S().a, lambda: None.missing,
         lambda: (1).missing, lambda: 'x'.missing, lambda: f.missing, lambda: sys.missing,
         lambda: [].missing, lambda: int.missing, lambda: type.missing, lambda: A().__dict__['k']]
for t in tests:
    try:
        t()
    except (AttributeError, KeyError) as e:
        print(type(e).__name__, e)
setters = [lambda: setattr(1, 'x', 1), lambda: setattr([], 'x', 1), lambda: setattr(None, 'x', 1),
           lambda: setattr(S(), 'b', 1), lambda: setattr(int, 'x', 1), lambda: setattr(f, '__name__', 1),
           lambda: delattr(A(), 'nope'), lambda: delattr(A, 'nope'), lambda: delattr(f, 'nope')]
for t in setters:
    try:
        t()
        print('ok')
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
f.custom = 1
print(f.custom, f.__dict__)
