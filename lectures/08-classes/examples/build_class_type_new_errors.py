# type.__new__ and type.__init__ argument rules.
print(type.__prepare__('X', ()), type(type.__prepare__()))
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(e)
try:
    type.__new__(type, 'X', ())
except TypeError as e:
    print(e)
class M(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
try:
    class A(metaclass=M, extra=1):
        pass
except TypeError as e:
    print(e)
class N(type):
    def __new__(mcls, name, bases, ns):
        return 'not a class'
class B(metaclass=N):
    pass
print(B)
try:
    type.__init__(int, 1)
except TypeError as e:
    print(e)
print(type(type.__new__(type, 'Y', (), {})))
