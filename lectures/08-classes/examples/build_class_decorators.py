# Class decorators run after the class is built, innermost first.
def register(cls):
    print('register', cls.__name__)
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        return f'{type(self).__name__}({self.__dict__})'
    cls.__repr__ = __repr__
    return cls
def replace(cls):
    return 'replaced ' + cls.__name__

@register
@add_repr
class A:
    def __init__(self):
        self.v = 1
print(A(), A.registered)

@replace
class B:
    pass
print(B)

def with_args(n):
    def deco(cls):
        cls.n = n
        return cls
    return deco
@with_args(7)
class C:
    pass
print(C.n)
