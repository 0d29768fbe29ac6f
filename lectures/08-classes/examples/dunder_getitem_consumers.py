# Every consumer of iterables accepts an object that only has __getitem__ (the sequence
# iterator of PyObject_GetIter): tuple, set, frozenset, min, max, dict.fromkeys, bytes, `in` ...
class V:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i + 1
print(list(V()), tuple(V()), set(V()), frozenset(V()), sorted(V(), reverse=True))
print(sum(V()), min(V()), max(V()), any(V()), all(V()), dict.fromkeys(V()), bytes(V()))
print(list(enumerate(V())), list(zip(V(), 'abc')), list(map(str, V())), [*V()], 2 in V(), 7 in V())
a, b, c = V()
print(a, b, c, ','.join(map(str, V())), bytearray(V()), str(list(reversed(list(V())))))
