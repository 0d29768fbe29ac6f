# __get__(obj, owner), __set__(obj, value), __delete__(obj) with a validating descriptor.
class Positive:
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return f'<Positive on {owner.__name__}>'
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f'{self.private[1:]} must be positive, got {value}')
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print('deleting', self.private)
        delattr(obj, self.private)
class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
i = Item(3, 4)
print(i.price, i.qty, i.__dict__, Item.price)
try:
    i.qty = -1
except ValueError as e:
    print(e)
del i.price
try:
    i.price
except AttributeError as e:
    print(e)
class NoDelete:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): pass
class H:
    x = NoDelete()
try:
    del H().x
except AttributeError as e:
    print(e)
