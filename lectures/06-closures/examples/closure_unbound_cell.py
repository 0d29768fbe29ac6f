# A cell variable read before it is set is still an UnboundLocalError.
def f():
    def g():
        return c
    print(c)
    c = 1

f()
