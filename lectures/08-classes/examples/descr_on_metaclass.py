# Descriptors in a metaclass act on classes; a data descriptor on the metaclass beats the class dict.
class Counted(type):
    @property
    def instances(cls):
        return cls._count
    def __call__(cls, *a, **kw):
        cls._count = getattr(cls, '_count', 0) + 1
        return super().__call__(*a, **kw)
class Widget(metaclass=Counted):
    instances = 'class dict value loses'
Widget(); Widget()
print(Widget.instances, Widget().instances)
print(Widget.__dict__['instances'], Widget._count)
class Classy(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} (from metaclass __getattr__)'
class K(metaclass=Classy):
    real = 1
print(K.real, K.virtual)
try:
    K().virtual
except AttributeError as e:
    print(e)
