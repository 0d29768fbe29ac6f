# The metaclass: the keyword, else the most derived metaclass of the bases, else type.
class M(type):
    pass
class A(metaclass=M):
    pass
class B(A):
    pass
print(type(A), type(B))

class M2(M):
    pass
class C(metaclass=M2):
    pass
class D(A, C):
    pass
print(type(D))
class E(B, metaclass=type):
    pass
print(type(E))

class Other(type):
    pass
class O(metaclass=Other):
    pass
try:
    class Bad(A, O):
        pass
except TypeError as e:
    print(e)
