# Defaults fill the last positional parameters; keyword-only ones use __kwdefaults__.
def f(a, b=2, c=3, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, d=4))
print(f(1, 20, d=4))
print(f(1, c=30, d=4, e=50))
print(f(d=0, a=9))
print(f.__defaults__, f.__kwdefaults__)
