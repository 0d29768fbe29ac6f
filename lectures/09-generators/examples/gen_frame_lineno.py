def g():
    yield 1
    x = 2
    yield x
it = g()
print(it.gi_frame.f_lineno)
next(it)
print(it.gi_frame.f_lineno)
next(it)
print(it.gi_frame.f_lineno)
list(it)
print(it.gi_frame)
