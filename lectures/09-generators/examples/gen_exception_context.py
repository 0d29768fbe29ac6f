def g():
    try:
        yield 1
    except ValueError:
        raise TypeError('from generator')
it = g(); next(it)
try:
    it.throw(ValueError('thrown'))
except TypeError as e:
    print(repr(e), repr(e.__context__))
def h():
    yield 1
it = h(); next(it)
try:
    raise KeyError('handling')
except KeyError:
    try:
        it.throw(ValueError('v'))
    except ValueError as e:
        print(repr(e.__context__))
