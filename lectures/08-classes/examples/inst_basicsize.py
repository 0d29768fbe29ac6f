# Type layout numbers: __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ (64-bit).
class A: pass
class S:
    __slots__ = ('a', 'b')
class SD:
    __slots__ = ('a', '__dict__')
class I(int): pass
class L(list): pass
class T(tuple): pass
for t in [object, A, S, SD, I, L, T, int, list, tuple]:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
print(A.__base__, S.__base__, I.__base__, object.__base__)
