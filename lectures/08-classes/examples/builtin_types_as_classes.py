# Built-in types behave as classes: calling them, their attributes, isinstance, their metaclass.
print(type(None)(), type(...)(), type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
for t in [int, str, list, dict, bool, type, object, BaseException, range]:
    print(t.__name__, t.__module__, type(t).__name__, t.__base__, len(t.__mro__))
print(int.__qualname__, dict.fromkeys.__qualname__, str.__doc__[:30])
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(type.__class__, object.__class__, int.__class__.__class__)
try:
    int.__name__ = 'integer'
except TypeError as e:
    print(e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
