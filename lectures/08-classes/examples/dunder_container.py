# __getitem__/__setitem__/__delitem__/__len__/__contains__ on a user container.
class Bag:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k):
        print('contains', k)
        return k in self.d
b = Bag()
b['a'] = 1
b[1:2] = 'slice'
print(b['a'], len(b), 'a' in b, 'z' not in b)
print(b[1:2])
del b['a']
try:
    b['a']
except KeyError as e:
    print('KeyError', e)
class RO:
    def __getitem__(self, k): return k
try:
    RO()[0] = 1
except TypeError as e:
    print(e)
try:
    del RO()[0]
except TypeError as e:
    print(e)
try:
    len(RO())
except TypeError as e:
    print(e)
class Trueish:
    def __contains__(self, x): return 'yes'
print(1 in Trueish())
