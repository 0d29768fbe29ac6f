a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a > a, a == {4, 3, 2, 1})
print(len(a), 3 in a, 9 in a, 9 not in a)
c = set()
c.add(5)
c.add(5)
c.update((6, 7), {8})
print(c, set(), set('hello'), set((1, 2, 2)))
c.discard(5)
c.discard(99)
c.remove(6)
print(c)
try:
    c.remove(99)
except KeyError as e:
    print('KeyError:', e)
print(c.pop(), c)
print(a.union(b, (9,)), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset(a), a.issuperset({1}), a.isdisjoint({9}), a.copy())
d = {1, 2, 3}
d |= {4}
d &= {1, 2, 4}
d -= {1}
d ^= {9}
print(d)
d.intersection_update({2, 9})
d.difference_update({9})
d.symmetric_difference_update({7})
print(d)
d.clear()
print(d, repr(d))
print({5, 1, 100}, {100, 5, 1}, set((-1, -2, 7, 1000000)))
print({1, 1.0, True}, {0, False})
f = frozenset((3, 1, 2))
print(f, frozenset(), f | {9}, {9} | f, hash(f) == hash(frozenset((1, 2, 3))))
print(f == {1, 2, 3}, {f: 'ok'}[frozenset((1, 2, 3))])
try:
    {[]} if False else {{1}}
except TypeError as e:
    print('TypeError:', e)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
