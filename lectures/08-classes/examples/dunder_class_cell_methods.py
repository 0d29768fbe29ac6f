# __class__ inside methods is the class being defined, even when called via a subclass.
class A:
    def cls(self):
        return __class__
    def typ(self):
        return type(self)
class B(A):
    pass
b = B()
print(b.cls(), b.typ())
def deco(cls):
    return type(cls.__name__ + 'X', (cls,), {})
@deco
class C:
    def where(self):
        return __class__.__name__
print(C.__name__, C().where())
class D:
    def f(self):
        return __class__
    __class__ = 'class attribute named __class__'
print(D().f().__name__, D.__dict__['__class__'], D().__class__)
