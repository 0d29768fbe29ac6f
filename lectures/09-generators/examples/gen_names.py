def outer():
    def inner():
        yield 1
    return inner()
g = outer()
print(g.__name__, g.__qualname__)
print(repr(g).split(' at ')[0])
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])
for bad in [1, None]:
    try:
        g.__name__ = bad
    except TypeError as e:
        print(e)
    try:
        g.__qualname__ = bad
    except TypeError as e:
        print(e)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__, repr(ge).split(' at ')[0])
def f():
    return (y for y in 'ab')
print(f().__qualname__)
