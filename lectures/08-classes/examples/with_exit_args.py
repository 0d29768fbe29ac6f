# What __exit__ receives; the exception is also current (sys.exception()) while it runs.
import sys
class Inspect:
    def __enter__(self):
        return 'entered'
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
        print('current:', repr(sys.exception()))
        return isinstance(args[1], ZeroDivisionError)
with Inspect() as v:
    print(v)
with Inspect():
    1 / 0
print('survived')
class Ret:
    def __enter__(self): return self
    def __exit__(self, *a): return 0
try:
    with Ret():
        raise LookupError('falsey exit result does not suppress')
except LookupError as e:
    print(e)
