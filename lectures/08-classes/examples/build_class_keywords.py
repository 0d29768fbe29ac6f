# Class keywords other than metaclass= go to __init_subclass__ (and __prepare__/__new__).
class Base:
    def __init_subclass__(cls, /, tag='none', **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag)
class A(Base, tag='a'):
    pass
class B(A):
    pass
print(A.tag, B.tag)
try:
    class C(Base, colour='red'):
        pass
except TypeError as e:
    print(e)
try:
    class D(colour='red'):
        pass
except TypeError as e:
    print(e)
kw = {'tag': 'from dict'}
class E(Base, **kw):
    pass
bases = (Base,)
class F(*bases, tag='star'):
    pass
print(F.__bases__, F.tag)
