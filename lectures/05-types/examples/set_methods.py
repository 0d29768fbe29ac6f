a = set((1, 2, 3))
b = frozenset((2, 3, 4))
print(a.union(), a.union(b, {9}, (10,)), a.intersection(b, {3}), a.difference(b, {1}), a.symmetric_difference((3, 4, 5)))
print(b.union(a), type(b | a) is frozenset, type(a | b) is set, b & a, b - a, b ^ a)
print(a.issubset((1, 2, 3, 4)), a.issuperset((1,)), a.isdisjoint((7, 8)), b.isdisjoint(a))
c = a.copy()
c.update('xy', (1,))
print(len(c), 'x' in c, 1 in c)
c.intersection_update((1, 2, 'x'), (1, 'x'))
print(c == {1, 'x'})
c.difference_update(('x',), (5,))
print(c)
c.symmetric_difference_update((1, 2))
print(c)
print(a <= a, a < a, a >= b, a == set((3, 2, 1)), frozenset() == set(), set() == frozenset())
print(hash(frozenset()), hash(frozenset((1, 2, 3))), hash(frozenset(('a',))) == hash(frozenset(('a',))))
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
try:
    a - (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    a.add(set())
except TypeError as e:
    print('TypeError:', e)
try:
    b.add(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    set(5)
except TypeError as e:
    print('TypeError:', e)
try:
    a <= (1, 2)
except TypeError as e:
    print('TypeError:', e)
