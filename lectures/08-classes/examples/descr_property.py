# property: getter, setter, deleter, doc, and the 3.13 error texts.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('setting', v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def kelvin(self):
        return self._c + 273.15
t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, Temp.celsius.__doc__)
try:
    t.kelvin = 0
except AttributeError as e:
    print(e)
try:
    del t.kelvin
except AttributeError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
p = Temp.__dict__['kelvin']
print(type(p).__name__, p.fget.__name__, p.fset, p.fdel)
print(p.__get__(None, Temp) is p)
x = property(lambda self: 1)
try:
    x.__set__(t, 1)
except AttributeError as e:
    print(e)
print(property().__doc__, property(doc='d').__doc__)
try:
    property().__get__(t)
except AttributeError as e:
    print(e)
