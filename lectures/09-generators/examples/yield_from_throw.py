def inner():
    try:
        yield 1
    except ValueError:
        return 'inner handled'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'continue'
g = outer()
next(g)
print(g.throw(ValueError))
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        yield 'outer caught ' + repr(e)
g = outer2(); next(g)
print(g.throw(KeyError('k')))
