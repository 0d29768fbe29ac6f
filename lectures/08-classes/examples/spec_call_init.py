# A warm C(...) call site must still honour __new__, __init__ changes and metaclass __call__.
class C:
    def __init__(self, x):
        self.x = x
def mk(cls, v):
    return cls(v)
for i in range(80):
    o = mk(C, i)
print(o.x)
C.__init__ = lambda self, x: setattr(self, 'x', x * 100)
print(mk(C, 2).x)
def new(cls, v):
    print('custom __new__')
    return object.__new__(cls)
C.__new__ = new
print(mk(C, 3).x)
class Bad:
    def __init__(self, v):
        return v
for i in range(3):
    try:
        mk(Bad, i)
    except TypeError as e:
        print(e)
print(mk(int, '7'), mk(str, 8), mk(list, 'ab'))
