db = {'users': {'ada': {'age': 36, 'langs': ('en', 'fr')}, 'bo': {'age': 5, 'langs': ()}}}
print(db['users']['ada']['langs'][1], len(db['users']), db)
db['users']['bo']['age'] += 1
db['users']['cy'] = {'age': 0, 'langs': ('de',)}
print(db['users'].keys(), db['users']['bo'])
del db['users']['ada']
print(db, 'ada' in db['users'], {'a': {'b': {'c': {}}}})
k = ('composite', 1, 2.5, None, frozenset((1,)))
d = {k: 'tuple-key', 1.0: 'float', 2: 'int', b'b': 'bytes', '': 'empty'}
print(d[k], d[1], d[True], d[2.0], d[b'b'], d[''], d)
