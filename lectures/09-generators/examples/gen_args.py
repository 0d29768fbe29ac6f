def g(a, b=2, *rest, key='k', **kw):
    yield a
    yield b
    yield rest
    yield key
    yield kw
print(list(g(1)), list(g(1, 3, 4, 5, key='z', extra=1)))
try:
    g()
except TypeError as e:
    print(e)
