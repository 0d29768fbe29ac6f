# Seed L08-04: __build_class__ picks the metaclass (keyword, else from the bases, else type),
# calls __prepare__, runs the body, then meta(name, bases, ns).
def body():
    pass
print(isinstance(__build_class__(body, 'C'), type))
try:
    __build_class__(1, 'C')
except TypeError as e:
    print('TypeError:', e)
class M(type):
    pass
class A(metaclass=M):
    pass
class B(A):
    pass
print(type(B) is M, type(B))
class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'injected': 1}
class P(metaclass=PM):
    pass
print(P.injected == 1)
