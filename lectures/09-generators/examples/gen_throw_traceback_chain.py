def inner():
    yield 1
def middle():
    yield from inner()
def outer():
    yield from middle()
g = outer()
next(g)
g.throw(ValueError('through three frames'))
