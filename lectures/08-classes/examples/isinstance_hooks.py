# __instancecheck__/__subclasscheck__ on a metaclass override isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self): return 'beep'
print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class EvenNumber(metaclass=Even): pass
print([x for x in range(7) if isinstance(x, EvenNumber)])
print(isinstance(4, (str, EvenNumber)))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return 'non-empty string'
class T(metaclass=Truthy): pass
print(isinstance(0, T))
