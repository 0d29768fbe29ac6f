t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[::2])
print(t + (4, 5), t * 2, 2 * t, () * 3, (1,) * 0)
print((1,), (), ((1, 2), (3,)))
print(t.index(2), t.count(1), (1, 1, 2).count(1))
print(3 in t, 4 in t, 4 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2))
print(tuple('abc'), tuple(), tuple((1, 2)))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, 2, 3)))
print(t[5:10], t[-10:2], t[1:1])
try:
    t[3]
except IndexError as e:
    print('IndexError:', e)
try:
    t['a']
except TypeError as e:
    print('TypeError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2).index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    t + "a"
except TypeError as e:
    print('TypeError:', e)
print(repr((1, 'a', 2.5, None, True)))
print(bool(()), bool((0,)))
