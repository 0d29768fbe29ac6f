# __qualname__ follows the nesting; __module__ comes from the globals' __name__.
class Outer:
    class Inner:
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local

print(Outer.__qualname__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
L = Outer().make()
print(L.__qualname__, L.__name__, L.__module__)
print(L)

def factory():
    class Made:
        pass
    return Made
print(factory().__qualname__)
Outer.__qualname__ = 'Renamed'
print(Outer, Outer.__name__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(e)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
Outer.__name__ = 'New'
print(Outer.__name__, Outer.__qualname__)
