# __subclasses__() lists direct subclasses in creation order; mro() returns a list.
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
print(Base.__subclasses__(), A.__subclasses__(), C.__subclasses__())
print([k.__name__ for k in C.mro()], C.mro() == list(C.__mro__))
class M(A, B): pass
print(B.__subclasses__(), A.__subclasses__())
print(bool in int.__subclasses__())
print(type.mro(C) == C.mro())
try:
    type.mro(1)
except TypeError as e:
    print(e)
print(len(object.__subclasses__()) > 10)
