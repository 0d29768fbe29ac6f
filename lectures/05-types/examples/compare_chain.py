x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5)
print('a' < 'b' <= 'b' < 'c', (1, 2) < (1, 3) < (2,), b'a' < b'b' < b'c')
print(1 == 1.0 == True, 'a' != 'b' != 'a', None is None is not False)
print(2 in (1, 2) in ((1, 2),), 'x' in 'xyz' in 'wxyz')
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print(noisy(3) < noisy(2) < noisy(5))
print((1, 'a') < (1, 'b'), (1, 2, 3) > (1, 2), () < (0,), (float('nan'),) == (float('nan'),))
n = float('nan')
print((n,) == (n,), n in (n,), n == n, {n: 1}[n] if False else 'skip')
print([1] == [1] if False else (1,) == (1.0,), 'abc' == 'abc', ('a' * 3) != None)
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    {1} < 2
except TypeError as e:
    print('TypeError:', e)
try:
    None < None
except TypeError as e:
    print('TypeError:', e)
try:
    {} < {}
except TypeError as e:
    print('TypeError:', e)
print({1: 2} == {1: 2.0}, frozenset((1,)) == {1}, {1, 2} != {2, 1})
