# member_descriptor (slots), getset_descriptor (__dict__, __weakref__), wrapper and method descriptors.
class S:
    __slots__ = ('a',)
class D:
    pass
print(type(S.__dict__['a']).__name__, S.a.__objclass__.__name__)
print(type(D.__dict__['__dict__']).__name__, D.__dict__['__dict__'])
print(type(D.__dict__['__weakref__']).__name__)
print(type(int.__dict__['real']).__name__, int.real.__objclass__)
print(type(type.__dict__['__name__']).__name__)
print(type(str.__dict__['upper']).__name__, str.upper.__objclass__)
print(type(object.__dict__['__init__']).__name__)
print(type(dict.__dict__['fromkeys']).__name__)
print(type(type.__dict__['mro']).__name__)
print(D.__dict__['__dict__'].__get__(D()), D.__dict__['__dict__'].__objclass__)
try:
    D.__dict__['__dict__'].__get__(1)
except TypeError as e:
    print(e)
try:
    S.a.__get__(1)
except TypeError as e:
    print(e)
try:
    int.real.__set__(1, 2)
except AttributeError as e:
    print(e)
