# Without __iter__, __getitem__ makes a class iterable through the sequence iterator.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 5 in s)
it = iter(s)
print(type(it).__name__, next(it), next(it))
for v in s:
    print(v, end=' ')
print()
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))
class Forever:
    def __getitem__(self, i):
        return i
print(3 in Forever())
class Key:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(Key())
except KeyError as e:
    print('KeyError escapes', e)
print(list(reversed(type('R', (), {'__getitem__': lambda s, i: 'abc'[i], '__len__': lambda s: 3})())))
