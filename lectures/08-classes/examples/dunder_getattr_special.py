# __getattr__ is not used for implicit special-method lookup, only for explicit attribute access.
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        print('getattr', name)
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
print(p.__len__())
try:
    len(p)
except TypeError as e:
    print(e)
try:
    p[0]
except TypeError as e:
    print(e)
try:
    for x in p: pass
except TypeError as e:
    print(e)
print(p.count(1), p.index(2))
class Meta(type):
    def __getattr__(cls, name):
        return 'meta ' + name
class K(metaclass=Meta): pass
print(K.anything, getattr(K, '__len__', 'missing'))
try:
    len(K())
except TypeError as e:
    print(e)
