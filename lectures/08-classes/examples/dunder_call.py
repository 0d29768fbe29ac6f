# __call__ fills tp_call: instances become callable.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add3 = Adder(3)
print(add3(1), add3(1, twice=True), callable(add3), callable(Adder))
print(list(map(add3, [1, 2])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    add3()
except TypeError as e:
    print(e)
class Deep:
    def __call__(self): return self
print(Deep()()()().__class__.__name__)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: 'instance attr ignored'
try:
    c()
except TypeError as e:
    print(e)
