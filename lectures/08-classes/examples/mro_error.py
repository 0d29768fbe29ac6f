# When no consistent order exists, type_new raises C3's error naming the bases.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class D(X, X): pass
except TypeError as e:
    print(e)
try:
    class E(object, X): pass
except TypeError as e:
    print(e)
class F(X, object): pass
print(F.__mro__)
class G(A, B): pass
