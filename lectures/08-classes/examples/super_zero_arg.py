# super() with no arguments uses the __class__ cell and the first argument.
class Base:
    def greet(self):
        return 'Base greets ' + type(self).__name__
    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__
class Child(Base):
    def greet(self):
        return 'Child + ' + super().greet()
    @classmethod
    def make(cls):
        return 'Child.make -> ' + super().make()
class Grand(Child):
    def greet(self):
        return 'Grand + ' + super().greet()
print(Grand().greet())
print(Grand.make())
s = super(Child, Grand())
print(s.greet(), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
class WithInit(Base):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(WithInit(3).v)
