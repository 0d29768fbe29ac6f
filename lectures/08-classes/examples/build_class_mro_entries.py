# __mro_entries__: a non-class base can stand in for classes; __orig_bases__ keeps the originals.
class Alias:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        print('mro_entries with', len(bases), 'bases')
        return self.targets
class A: pass
class B: pass
class C(Alias(A, B)):
    pass
print(C.__bases__, type(C.__orig_bases__[0]).__name__)
class D(list[int]):
    pass
print(D.__bases__, D.__orig_bases__)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class E(Empty()):
    pass
print(E.__bases__)
class Bad:
    def __mro_entries__(self, bases):
        return 1
try:
    class F(Bad()):
        pass
except TypeError as e:
    print(e)
try:
    type('G', (Alias(A),), {})
except TypeError as e:
    print(e)
