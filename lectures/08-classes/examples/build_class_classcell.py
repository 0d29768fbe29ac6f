# A method using __class__ or super() makes the body create a __class__ cell;
# type_new fills it through __classcell__.
class A:
    def who(self):
        return __class__
    def sup(self):
        return super()
print(A().who() is A)
print(A.who.__code__.co_freevars)
print('__classcell__' in A.__dict__)

class Spy(type):
    def __new__(mcls, name, bases, ns):
        print(name, 'has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class B(metaclass=Spy):
    def f(self):
        return __class__
class C(metaclass=Spy):
    def f(self):
        return 1
print(B().f())
