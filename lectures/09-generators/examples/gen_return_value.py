def g():
    yield 1
    return 'R'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
def h():
    return (1, 2)
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)
def k():
    yield 1
    return None
print(list(k()))
def exc_value():
    return ValueError('x')
    yield
try:
    next(exc_value())
except StopIteration as e:
    print(repr(e.value))
