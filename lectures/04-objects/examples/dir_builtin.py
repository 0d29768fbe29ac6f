# dir(): type(obj).__dir__ (object.__dir__ or type.__dir__), sorted. For the number types
# the list must be exactly CPython's, slot wrappers and methods alike.
print(dir(1))
print(dir(1.0))
print(dir(True))
print(dir(1j))
print(dir(object()))
print(dir(None))
print(dir(object))
print(dir(int))
print(dir(bool))
print(type(dir(1)).__name__, type(object.__dir__(1)).__name__, type(type.__dir__(int)).__name__)


def f(a):
    c = a
    return dir()


print(f(1))
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError', e)
