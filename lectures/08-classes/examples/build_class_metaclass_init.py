# A metaclass's __new__ and __init__ run once per class; metaclass methods are class methods of sorts.
class Meta(type):
    count = 0
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted([k for k in ns if not k.startswith('__')]), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        Meta.count += 1
        super().__init__(name, bases, ns)
    def describe(cls):
        return f'{cls.__name__} made by {cls.created_by}'
class Base(metaclass=Meta):
    x = 1
class Child(Base, option=True):
    def method(self): pass
print(Meta.count, Child.describe(), type(Child).__name__, isinstance(Child, Meta))
try:
    Child().describe()
except AttributeError as e:
    print(e)
print(Meta.__mro__, Meta.mro(Meta) == list(Meta.__mro__))
