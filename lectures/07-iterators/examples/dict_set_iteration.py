d = {'x': 1, 'y': 2, 'z': 3}
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(list(reversed(d)), sorted(d, reverse=True))
s = {'apple', 'banana', 'cherry'}
print(sorted(s), len([x for x in s]))
print(sorted({3, 1, 2}), list(frozenset([5])))
del d['y']
print([k for k in d])
