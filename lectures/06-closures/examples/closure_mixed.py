# Nested closures, nonlocal through two levels, keyword-only with **kwargs, lambdas.
def outer(a):
    b = 2
    def mid():
        c = 3
        def inner(d):
            nonlocal b
            b += d
            return locals()
        return inner
    return mid()
inner = outer(1)
print(inner(5))
print(inner.__code__.co_freevars, inner.__closure__[0].cell_contents)
def kw(a, *, b, **rest):
    return a, b, rest
print(kw(1, b=2, a2=3))
try:
    kw(1, 2, b=3)
except TypeError as e:
    print(e)
try:
    kw(b=1)
except TypeError as e:
    print(e)
def defs(a, b=(), *c, d={}, **e):
    return a, b, c, d, e
print(defs(1), defs.__defaults__, defs.__kwdefaults__)
def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())
class_ = None
def ann(a: 'x', *args: 'y', b: 'z' = 1, **kw: 'w') -> 'r': pass
print(ann.__annotations__)
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda a, /, b: a + b)(1, b=2))
