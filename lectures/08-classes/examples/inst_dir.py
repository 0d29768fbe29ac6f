# dir() of classes and instances: sorted names from the instance dict, the class and its bases.
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
print(dir(Child()))
print(dir(Child))
print(dir(object()))
class Custom:
    def __dir__(self):
        return ['b', 'a', 'a']
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(e)
class S:
    __slots__ = ('x', 'y')
print([n for n in dir(S()) if not n.startswith('__')])
class M(type):
    def meta_only(cls): pass
class K(metaclass=M): pass
print('meta_only' in dir(K), 'mro' in dir(K))
