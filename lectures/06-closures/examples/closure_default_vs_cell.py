# Defaults are evaluated once, when def runs; cells are read at call time.
x = 1

def f(a=x):
    return a

def g():
    return x

x = 2
print(f(), g())
def mk():
    items = {}
    def add(k, v, store=items):
        store[k] = v
        return store
    return add
a = mk()
a('a', 1)
print(a('b', 2))
