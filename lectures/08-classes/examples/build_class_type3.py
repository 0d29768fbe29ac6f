# type(name, bases, ns) is what the class statement ends with.
def hello(self):
    return 'hello from ' + type(self).__name__
A = type('A', (), {'x': 1, 'hello': hello})
print(A, A.x, A().hello(), A.__module__, A.__qualname__)
B = type('B', (A,), {'__qualname__': 'Q.B', '__doc__': 'docs'})
print(B.__mro__, B.__qualname__, B.__doc__, B().hello())
print(type(1), type('s'), type(A()), type(type))
for args in [('N', ()), ('N', 1, {}), (1, (), {}), ('N', (), []), ('N', (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    type('N', (), {'__qualname__': 3})
except TypeError as e:
    print('TypeError:', e)
try:
    type()
except TypeError as e:
    print('TypeError:', e)
print(type('N\u00e9', (), {}).__name__)
try:
    type('a\0b', (), {})
except ValueError as e:
    print('ValueError:', e)
