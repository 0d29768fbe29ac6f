# Writable function attributes, and the checks on them.
def f(a, b=1):
    return (a, b)

f.__defaults__ = (7,)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = 3
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 3
except TypeError as e:
    print(e)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
try:
    f.__annotations__ = 1
except TypeError as e:
    print(e)
f.__name__ = 'g'
f.__doc__ = 'hello'
print(f.__name__, f.__qualname__, f.__doc__)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(e)
try:
    f.__closure__ = None
except AttributeError as e:
    print(e)
