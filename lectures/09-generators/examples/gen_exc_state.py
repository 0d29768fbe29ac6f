import sys
def g():
    try:
        raise KeyError('inside')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exception())
    yield sys.exception()
it = g()
try:
    raise ValueError('outside')
except ValueError:
    print(next(it))
    print(repr(sys.exception()))
print(next(it))
print(next(it))
