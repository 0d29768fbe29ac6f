# A class body sees enclosing variables through LOAD_FROM_DICT_OR_DEREF.
def f():
    x = 'outer'
    def g():
        return x
    return g

print(f()())
