# 3.13 removed classmethod chaining: classmethod wrapping a property no longer calls the getter.
class A:
    @classmethod
    @property
    def name(cls):
        return 'computed for ' + cls.__name__
r = A.name
print(type(r).__name__)
class B:
    @staticmethod
    @staticmethod
    def f():
        return 'nested staticmethod'
print(type(B.__dict__['f']).__name__, type(B.f).__name__)
class C:
    @classmethod
    def cm(cls):
        return cls
    cm2 = classmethod(cm)
print(C.cm() is C)
try:
    C.cm2()
except TypeError as e:
    print(e)
