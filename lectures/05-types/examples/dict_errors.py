d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d[{}] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    {{1: 2}: 3}
except TypeError as e:
    print('TypeError:', e)
try:
    d | 1
except TypeError as e:
    print('TypeError:', e)
try:
    d < d
except TypeError as e:
    print('TypeError:', e)
try:
    dict(1)
except TypeError as e:
    print('TypeError:', e)
try:
    d[''] 
except KeyError as e:
    print('KeyError:', e)
d[0]
