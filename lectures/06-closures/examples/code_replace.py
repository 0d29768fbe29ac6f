# code.replace() makes a new code object; assigning __code__ swaps a function's body.
def f():
    return 1

def g():
    return 2

c = f.__code__.replace(co_name='renamed')
print(c.co_name, f.__code__.co_name, c is f.__code__)
f.__code__ = g.__code__
print(f(), f.__name__)
try:
    f.__code__ = 1
except TypeError as e:
    print(e)
def outer():
    y = 1
    def h():
        return y
    return h
try:
    f.__code__ = outer().__code__
except ValueError as e:
    print(e)
