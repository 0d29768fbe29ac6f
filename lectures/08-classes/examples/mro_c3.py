# C3 linearisation: children before parents, bases in order.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3))
class Diamond(B, C): pass
print([k.__name__ for k in Diamond.__mro__])
print(type(Z.__mro__), type(Z.mro()))
print(object.__mro__, object.__bases__, int.__mro__, bool.__mro__)
