d = dict(a=1, b=2, c=3)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('d'), d)
print(d.pop('d'), d.popitem(), d.popitem(), d)
d.update(x=9)
d.update({'y': 8, 'a': 0})
d.update((('z', 7),))
print(d, len(d))
c = d.copy()
c['new'] = 1
print(d == c, 'new' in d, c.keys() - d.keys())
print(dict.fromkeys(('a', 'b'), ()), dict.fromkeys(''), dict.fromkeys({'q': 1}))
d.clear()
print(d, d.get(1), dict(), dict({}), dict(((1, 2), (3, 4))), dict((('a', 1),), b=2))
e = {1: 'a', 2: 'b'}
del e[1]
e[1] = 'c'
print(e, list(e) if False else tuple(e), tuple(e.values()), tuple(e.items()))
try:
    e.update(5)
except TypeError as e2:
    print('TypeError:', e2)
try:
    e.update(((1, 2, 3),))
except ValueError as e2:
    print('ValueError:', e2)
try:
    dict(((1,),))
except ValueError as e2:
    print('ValueError:', e2)
try:
    e.get()
except TypeError as e2:
    print('TypeError:', e2)
try:
    e.pop()
except TypeError as e2:
    print('TypeError:', e2)
