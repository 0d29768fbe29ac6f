# Closures see the variable, not its value when the function was made.
def make():
    fs = ()
    i = 0
    while i < 3:
        fs = fs + (lambda: i,)
        i += 1
    return fs

fs = make()
print(fs[0](), fs[1](), fs[2]())
def make2():
    fs = ()
    i = 0
    while i < 3:
        fs = fs + (lambda i=i: i,)
        i += 1
    return fs
fs = make2()
print(fs[0](), fs[1](), fs[2]())
