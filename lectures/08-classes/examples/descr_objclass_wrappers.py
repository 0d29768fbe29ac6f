# Slot wrappers from builtins and from Python dunders.
class V:
    def __add__(self, o): return 'V.add'
print(type(V.__add__).__name__, type(V().__add__).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(int.__add__(2, 3), (2).__add__(3), int.__add__.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__)
try:
    int.__add__(1.5, 2)
except TypeError as e:
    print(e)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(list.__getitem__([5, 6], 1), dict.__getitem__({'a': 1}, 'a'))
w = (1).__add__
print(w.__self__, w.__name__)
print(V.__add__(V(), 1))
