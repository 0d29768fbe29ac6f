def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 'after'
g = outer()
print(next(g))
print(g.send(5), g.send(7))
print(g.send(None))
