# __init__ must return None; __new__ is a static method.
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(e)
print(type(object.__dict__['__new__']).__name__)
class N:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
print(type(N.__dict__['__new__']).__name__, N(4).x)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
print(object.__new__(N).__class__.__name__)
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(I(4), type(I(4)).__name__)
