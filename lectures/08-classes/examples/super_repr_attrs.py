# super objects: repr, attributes, descriptors reached through super.
class A:
    x = 'A.x'
    @property
    def p(self): return 'A.p of ' + type(self).__name__
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return 'static'
class B(A):
    x = 'B.x'
    @property
    def p(self): return 'B.p'
b = B()
sup = super(B, b)
print(repr(sup).startswith("<super: <class 'B'>, <B object>>"), repr(super(B)))
print(repr(super(B, B)))
print(sup.x, sup.p, sup.c(), sup.s())
try:
    sup.x = 1
except AttributeError as e:
    print(e)
print(super(B, B).x, super(B, B).c())
print(super(B, b).__init__.__name__ if hasattr(super(B, b), '__init__') else None)
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*a)
class K(metaclass=Meta): pass
print(type(K()).__name__)
