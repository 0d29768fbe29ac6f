# A metaclass that drops __classcell__ breaks the __class__ cell.
class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class A(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError:', e)

class Wrong(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {})
try:
    class B(metaclass=Wrong):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError:', e)
