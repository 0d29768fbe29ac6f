# Two bases with incompatible instance layouts: uncaught.
class A(list):
    pass
class B(dict):
    pass
print(A.__mro__)
class C(A, B):
    pass
