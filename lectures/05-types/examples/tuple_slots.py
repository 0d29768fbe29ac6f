# tuple's type object read slot by slot (L05-02, L05-03): its layout, and the dunders its
# sequence and mapping slots show as slot wrappers; the same for str, bytes, dict and set.
print(tuple.__basicsize__, tuple.__itemsize__, bytes.__basicsize__, str.__basicsize__)
print(tuple.__len__, tuple.__getitem__, tuple.__contains__)
print(tuple.__add__, tuple.__mul__, tuple.__rmul__, tuple.__eq__, tuple.__hash__)
print((1, 2).__len__(), 'ab'.__contains__('a'), (1, 2, 3).__getitem__(-1), 'ab'.__getitem__(-1))
print(hasattr(tuple, '__sub__'), hasattr(bytes, '__radd__'), hasattr(str, '__radd__'))
print(hasattr(str, '__rmod__'), hasattr(tuple, '__iadd__'), hasattr(dict, '__or__'))
print(3 * (1,), (1,).__mul__(3), (1,).__rmul__(3), (1, 2).__add__((3,)), 'x=%d'.__mod__(5))
print(str.__add__('a', 'b'), bytes.__add__(b'a', b'b'), b'ab'.__len__(), (1, 2).__getitem__(slice(1)))
print({1: 2}.__len__(), {1: 2}.__getitem__(1), {1: 2}.__contains__(3), {1}.__or__({2}))
print({}.__hash__, set.__hash__, frozenset().__hash__() == hash(frozenset()))
print((1, 2).__hash__() == hash((1, 2)), 'a'.__hash__() == hash('a'), (1, 2).__lt__((1, 3)))
d = {}
d.__setitem__('k', 1)
print(d, d.__delitem__('k'), d)
print(dir(slice(1)))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: tuple.__getitem__((1,), 'x'))
show(lambda: 'ab'.__mul__('x'))
show(lambda: 'ab'.__mul__(2**70))
show(lambda: tuple.__len__('ab'))
show(lambda: str.__contains__('a', 1))
show(lambda: {}.__getitem__('k'))
show(lambda: (1, 2).__getitem__(5))
show(lambda: hash({}))
show(lambda: {}.__hash__())
show(lambda: ().__len__(1))
