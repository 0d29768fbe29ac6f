# __init_subclass__ is an implicit classmethod called on the parent for each new subclass.
class Registry:
    children = []
    def __init_subclass__(cls):
        Registry.children.append(cls.__name__)
class A(Registry): pass
class B(A): pass
class C(Registry): pass
print(Registry.children)
print(type(Registry.__dict__['__init_subclass__']).__name__)

class Strict:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} must define required')
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print(e)
class Good(Strict):
    required = 1
print(Good.required)
print(object.__init_subclass__())
