# Two bases with incompatible instance layouts: uncaught.
class A(list):
    pass
class B(dict):
    pass
print(A.__mro__)
class Mixin:
    pass
class OK(A, Mixin):
    pass
print([k.__name__ for k in OK.__mro__])
class C(A, B):
    pass
