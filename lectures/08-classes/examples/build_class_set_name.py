# type_new calls __set_name__ on each attribute that has one, in definition order.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
class Model:
    a = Field()
    b = Field()
    not_field = 3
m = Model()
print(m.a, Model.a.name, Model.b.name)
m.__dict__['a'] = 'A'
print(m.a)

later = Field()
Model.c = later
print(hasattr(later, 'name'))

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('no ' + name)
try:
    class T:
        x = Boom()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, '__notes__') else None)
