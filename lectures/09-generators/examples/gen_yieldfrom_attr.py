def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from sub
sub = inner()
o = outer()
print(next(o), o.gi_yieldfrom)
print(next(o), o.gi_yieldfrom is sub)
print(next(o), o.gi_yieldfrom is sub)
print(list(o), o.gi_yieldfrom)
