# Attribute lookup on a class itself: metaclass data descriptors, then the class's MRO.
class Meta(type):
    @property
    def info(cls):
        return 'meta property of ' + cls.__name__
    def meta_method(cls):
        return 'meta method'
    shared = 'meta attr'
class A(metaclass=Meta):
    shared = 'class attr'
print(A.info, A.meta_method(), A.shared)
try:
    A().info
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
try:
    A.info = 1
except AttributeError as e:
    print(e)
print(type.__dict__['__name__'].__get__(A))
try:
    int.nope
except AttributeError as e:
    print(e)
try:
    int.real = 5
except TypeError as e:
    print(e)
try:
    int.new_attr = 5
except TypeError as e:
    print(e)
try:
    del str.upper
except TypeError as e:
    print(e)
