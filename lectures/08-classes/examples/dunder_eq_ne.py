# __ne__ defaults to the inverse of __eq__; list operations use __eq__.
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print(f'eq({self.k}, {getattr(o, "k", o)})')
        return isinstance(o, K) and self.k == o.k
    __hash__ = None
a = K(1)
print(a != K(1), a != K(2))
items = [K(3), K(1), K(2)]
print(items.index(K(1)))
print(items.count(K(2)))
items.remove(K(3))
print(len(items), K(2) in items)
class Explicit:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(Explicit() == 1, Explicit() != 1)
class Raiser:
    def __eq__(self, o): raise ValueError('no comparing')
try:
    Raiser() in [1, 2]
except ValueError as e:
    print(e)
x = Raiser()
print(x in [x], [x] == [x])
