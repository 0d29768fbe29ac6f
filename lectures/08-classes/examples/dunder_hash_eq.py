# Defining __eq__ without __hash__ sets __hash__ = None: instances become unhashable.
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__, '__hash__' in OnlyEq.__dict__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({Both(1), Both(1), Both(2)}), hash(Both(5)) == hash(5))
class Sub(OnlyEq):
    pass
try:
    hash(Sub())
except TypeError as e:
    print(e)
class Restore(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Restore())))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(e)
