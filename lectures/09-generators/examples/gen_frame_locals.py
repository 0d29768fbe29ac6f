def g(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
it = g(5)
next(it)
fl = it.gi_frame.f_locals
print(fl['a'], fl['b'])
next(it)
print(it.gi_frame.f_locals['c'], it.gi_frame.f_lineno)
it.gi_frame.f_locals['c'] = 100
print(it.gi_frame.f_locals['c'])
