# Implicit special method lookup skips the instance: dunders are looked up on the type.
class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 100
c.__repr__ = lambda: 'instance repr'
print(len(c), c.__len__(), repr(c) == object.__repr__(c))
class Meta(type):
    def __len__(cls): return 42
    def __repr__(cls): return f'<Meta class {cls.__name__}>'
    def __iter__(cls): return iter('xyz')
class K(metaclass=Meta):
    def __len__(self): return 7
print(len(K), len(K()), K, list(K))
print(K.__len__(K()))
print(type(K).__len__(K))
