# del on a cell variable empties the cell (DELETE_DEREF).
def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
    try:
        del x
    except UnboundLocalError as e:
        print(e)
    x = 2
    return g()

print(f())
