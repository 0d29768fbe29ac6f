t = tuple('abcdefghij')
print(t[2:5], t[:3], t[7:], t[::2], t[1::3], t[::-1], t[8:2:-2], t[-3:-1], t[5:2])
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-3:-1], s[5:2])
b = b'abcdefghij'
print(b[2:5], b[::-3], b[-2:])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, t[sl], s[sl], slice(3), slice(None, None, -1))
print(sl.indices(5), slice(None).indices(3), slice(-100, 100, -1).indices(10))
print(s[slice(None, None, -2)], s[-100:100], s[3:3], s[10:20])
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s['a':]
except TypeError as e:
    print('TypeError:', e)
try:
    t[1:2] = (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    del t[1:2]
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
d = {}
try:
    d[1:2]
except TypeError as e:
    print('TypeError:', e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice('a', None)))
print(s[True:], s[-1:-11:-1], s[1:-1:1], (1 << 70) > 0 and s[:1 << 70])
