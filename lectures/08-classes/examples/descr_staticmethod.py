# staticmethod: no binding at all; callable since 3.10.
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    scale = staticmethod(lambda x: x * 10)
u = Util()
print(Util.add(1, 2), u.add(3, 4), Util.scale(2), u.scale(3))
sm = Util.__dict__['add']
print(type(sm).__name__, sm(5, 6), sm.__func__ is Util.add, sm.__wrapped__ is Util.add)
print(sm.__get__(u) is Util.add, sm.__name__, sm.__qualname__)
try:
    u.add(1)
except TypeError as e:
    print(e)
class Counter:
    n = 0
    @staticmethod
    def bump():
        Counter.n += 1
        return Counter.n
print(Counter.bump(), Counter().bump())
print(staticmethod(1).__func__, callable(staticmethod(len)))
try:
    staticmethod(1)()
except TypeError as e:
    print(e)
