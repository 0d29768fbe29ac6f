# Mutable class attributes are shared; assignment through an instance makes an instance attribute.
class Dog:
    tricks = []
    kind = 'canine'
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog('a'), Dog('b')
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks, Dog.tricks is a.tricks)
a.kind = 'wolf'
print(a.kind, b.kind, Dog.kind)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c1 = Counter()
c1.inc(); c1.inc()
print(c1.n, Counter.n, c1.__dict__)
