# dict subclasses: __missing__ is consulted by dict's __getitem__ only.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in 'abracadabra':
    c[w] += 1
print(c, c['z'], 'z' in c, c.get('z'))
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
tree = Auto()
tree['a']['b']['c'] = 1
print(tree)
class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f'no such key: {key}')
try:
    Loud()['k']
except KeyError as e:
    print(e)
class NotDict:
    def __missing__(self, key): return 0
try:
    NotDict()['x']
except TypeError as e:
    print(e)
print(Counter(a=1)['a'], Counter.__missing__(c, 'q'))
