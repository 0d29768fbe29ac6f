# A metaclass may override mro(); __mro__ is whatever it returns.
class ReverseMeta(type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:-1])) + [object]
class A: 
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class C(A, B, metaclass=ReverseMeta):
    pass
print([k.__name__ for k in C.__mro__])
print(C().who())

class BadMeta(type):
    def mro(cls):
        return [1]
try:
    class D(metaclass=BadMeta):
        pass
except TypeError as e:
    print(e)
