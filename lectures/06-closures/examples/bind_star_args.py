# *args collects extra positionals, **kwargs extra keywords.
def f(a, *args, b=0, **kwargs):
    return (a, args, b, kwargs)

print(f(1))
print(f(1, 2, 3))
print(f(1, 2, b=3, c=4, d=5))
print(f(*(1, 2), **{'x': 1}))
def g(**kw):
    return kw
print(g(a=1, b=2))
def h(a, /, **kw):
    return (a, kw)
print(h(1, a=2))
