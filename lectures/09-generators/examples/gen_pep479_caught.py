def g():
    yield 1
    next(iter([]))
try:
    list(g())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
def h():
    try:
        raise StopIteration
    except StopIteration:
        yield 'handled inside'
print(list(h()))
def k():
    yield 1
    return
print(list(k()))
def th():
    yield
it = th(); next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print('throw:', e)
