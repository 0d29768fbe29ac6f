# lambda makes the same kind of function, named <lambda>.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print(square.__name__, square.__qualname__)
make = lambda n: (lambda m: n + m)
print(make(1)(2))
print(make(1).__qualname__)
