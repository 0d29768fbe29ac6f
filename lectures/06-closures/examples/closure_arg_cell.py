# A captured argument is boxed by MAKE_CELL with its value.
def outer(x, y):
    def inner():
        return x * 10 + y
    y = 5
    return inner

f = outer(1, 2)
print(f())
print(outer.__code__.co_varnames, outer.__code__.co_cellvars)
