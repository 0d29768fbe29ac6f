# What __slots__ may not contain.
cases = [
    {'__slots__': ('x', 'x')},
    {'__slots__': (1,)},
    {'__slots__': ('__dict__', '__dict__')},
    {'__slots__': ('a b',)},
    {'__slots__': ('x',), 'x': 1},
    {'__slots__': 5},
    {'__slots__': ('__weakref__', '__weakref__')},
]
for ns in cases:
    try:
        type('S', (), dict(ns))
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class I(int):
        __slots__ = ('x',)
except TypeError as e:
    print(e)
class T(tuple):
    __slots__ = ()
print(T((1, 2)))
try:
    class L(list):
        __slots__ = ('x',)
    print('list ok', L.__slots__)
except TypeError as e:
    print(e)
