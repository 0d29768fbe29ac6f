# __exit__ returning a true value suppresses the exception (WITH_EXCEPT_START then POP_JUMP).
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        if typ is not None and issubclass(typ, self.types):
            print('suppressed', typ.__name__, val)
            return True
        return None
with Suppress(KeyError):
    {}['missing']
    print('not reached')
print('after')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return 'yes'
def f():
    with Truthy():
        1 / 0
    return 'f returned normally'
print(f())
class ExitRaises:
    def __enter__(self): pass
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(e, repr(e.__context__))
