# Exceptions carrying user objects: the message uses the object's repr or str.
class Key:
    def __init__(self, k): self.k = k
    def __repr__(self): return f'Key({self.k!r})'
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
d = {Key('a'): 1}
print(d[Key('a')])
try:
    d[Key('b')]
except KeyError as e:
    print(e, repr(e))
try:
    [1, 2].index(Key('z'))
except ValueError as e:
    print(e)
try:
    {1}.remove(Key('s'))
except KeyError as e:
    print(e)
class Obj:
    def __str__(self): return 'str of Obj'
    def __repr__(self): return 'repr of Obj'
print(ValueError(Obj()), repr(ValueError(Obj())), KeyError(Obj()))
d[Key('missing')]
