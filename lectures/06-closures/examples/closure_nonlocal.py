# nonlocal rebinds the enclosing variable: both functions share one cell.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

pair = counter()
inc = pair[0]
get = pair[1]
inc()
inc()
print(get(), inc.__closure__[0].cell_contents)
print(inc.__closure__[0] is get.__closure__[0])
