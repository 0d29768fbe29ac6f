d = {'a': {'b': (1, 2)}}
print(d['a']['b'][1])
print(d['a']['c'][0])
