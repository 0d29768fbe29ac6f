# Keywords may come in any order; positional-only names can still be **kwargs keys.
def f(a, b, c):
    return (a, b, c)

print(f(c=3, a=1, b=2))
print(f(1, c=3, b=2))
def g(x, /, *args, **kw):
    return (x, args, kw)
print(g(1, 2, x=3))
