# Overriding and extending a property in a subclass; property.getter/setter copy.
class Base:
    @property
    def name(self):
        return 'base'
class Child(Base):
    @Base.name.getter
    def name(self):
        return 'child ' + super().name
    @name.setter
    def name(self, v):
        self._n = v
c = Child()
print(c.name)
c.name = 'x'
print(c._n, Base.name is Child.name, Base.name.fset)
class Cached:
    calls = 0
    @property
    def value(self):
        Cached.calls += 1
        return 42
k = Cached()
print(k.value, k.value, Cached.calls)
class P2:
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, 'the x')
p = P2()
p.x = 3
print(p.x, P2.x.__doc__)
class Named:
    @property
    def thing(self): pass
print(Named.thing.__name__)
