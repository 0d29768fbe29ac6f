# Cooperative multiple inheritance: each super() call goes to the next class in the MRO.
class Root:
    def __init__(self, **kw):
        print('Root', kw)
        super().__init__()
class Named(Root):
    def __init__(self, name, **kw):
        print('Named', name)
        self.name = name
        super().__init__(**kw)
class Aged(Root):
    def __init__(self, age, **kw):
        print('Aged', age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print('Person')
        super().__init__(**kw)
p = Person(name='Ann', age=30, extra=1)
print(p.name, p.age, [k.__name__ for k in Person.__mro__])
class Log:
    def hello(self):
        return ['Log']
class A(Log):
    def hello(self):
        return ['A'] + super().hello()
class B(Log):
    def hello(self):
        return ['B'] + super().hello()
class AB(A, B):
    def hello(self):
        return ['AB'] + super().hello()
print(AB().hello())
