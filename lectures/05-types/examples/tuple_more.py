t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(1), t.index(1, 2), t.index(9, 0, 6), t[1::2], t[-1:-4:-1])
print((1,) * 3 + (2,) * 2, t < (3, 2), t > (3, 1, 4), t == t[:], (1, (2, 3)) == (1, (2, 3)))
print(hash((1, 2)), hash((-1,)), hash(()), hash((1, (2, 'x'))) == hash((1, (2, 'x'))), hash((0.5, True)))
print(tuple('héllo'), tuple({'a': 1, 'b': 2}), tuple(frozenset((5, 3))), tuple(b'ab'))
print(repr(('a', "b'", 'c"')), ((),), (((),),), len(((), ())))
big = (1,) * 1000
print(len(big), big[999], big[-1000], len(big[::7]))
try:
    t.index(1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    hash((1, {}))
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2) * 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    tuple(5)
except TypeError as e:
    print('TypeError:', e)
try:
    t[10 ** 20]
except IndexError as e:
    print('IndexError:', e)
