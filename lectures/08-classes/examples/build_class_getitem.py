# __class_getitem__ makes C[int] work; it is an implicit classmethod.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(type(Box.__dict__['__class_getitem__']).__name__)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(e)
try:
    Box()[0]
except TypeError as e:
    print(e)
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
class Meta(type):
    def __getitem__(cls, k):
        return 'meta wins ' + str(k)
class Both(metaclass=Meta):
    def __class_getitem__(cls, k):
        return 'class_getitem'
print(Both[0])
