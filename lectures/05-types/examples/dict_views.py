d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(k, len(k), 'a' in k, 'z' in k)
d['d'] = 4
print(k)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'})
print(d.items() & {('a', 1)}, ('a', 1) in d.items(), ('a', 2) in d.items())
print(k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(2 in d.values(), 9 in d.values())
print(repr(d.values()), repr({}.keys()), {}.items())
print(sorted(d) if False else d.keys() - {'b', 'c'})
