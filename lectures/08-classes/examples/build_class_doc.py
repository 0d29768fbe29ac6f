# A string first in the body becomes __doc__; otherwise __doc__ is None.
class WithDoc:
    "The doc."
    x = 1

class NoDoc:
    x = 1

class LaterString:
    x = 1
    "not a doc"

print(repr(WithDoc.__doc__), repr(NoDoc.__doc__), repr(LaterString.__doc__))
print(WithDoc().__doc__)
print('__doc__' in NoDoc.__dict__, NoDoc.__dict__['__doc__'])

class Sub(WithDoc):
    pass
print(Sub.__doc__)

class F:
    f"formatted {1}"
print(F.__doc__)
