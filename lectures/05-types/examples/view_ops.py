a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'w': 0}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.keys() & ('x', 'q'), ('x', 'q') & a.keys() if False else {'x', 'q'} & a.keys(), {'q'} | a.keys())
print(a.items() & {('x', 1), ('y', 3)}, a.items() - {('x', 1)}, a.items() | {('n', 0)} == {('x', 1), ('y', 2), ('z', 3), ('n', 0)})
print(a.keys() == {'x', 'y', 'z'}, a.keys() != b.keys(), a.keys() < {'x', 'y', 'z', 'q'}, a.keys() >= {'x'}, a.keys() > a.keys())
print(a.keys().isdisjoint(b.keys()), a.keys().isdisjoint(('q',)), a.items().isdisjoint({('x', 1)}))
print(len(a.keys()), len(a.values()), len(a.items()), 'x' in a.keys(), ('y', 2) in a.items())
print(a.keys() == a.keys(), a.values() == a.values(), a.keys() == ('x', 'y', 'z'))
try:
    a.values() & {1}
except TypeError as e:
    print('TypeError:', e)
try:
    a.keys() & 5
except TypeError as e:
    print('TypeError:', e)
