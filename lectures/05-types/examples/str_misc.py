print(str(), str(''), str('x'), str(1j), str(-0.0), str(1e22), str(1e-7), str(10 ** 20), str(True))
print(repr(str), str(str), str(()), str((1,)), str(('a',)), str({'a': 'b'}), str({1.5: None}))
d = {}
d['self'] = d
print(d, repr(d))
t = (1, 'two', 3.0, (4,), {5: 6}, {7}, frozenset(), b'8', None, ...)
print(t)
print(len(t), hash(('a', 1)) == hash(('a', 1)), hash('abc'), hash(b'abc'), hash(('x',)), hash(''))
print(chr(0x1F600), ord('\n'), chr(65) + chr(0x10FFFF).__class__.__name__ if False else chr(97))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    chr('a')
except TypeError as e:
    print('TypeError:', e)
try:
    ord(1)
except TypeError as e:
    print('TypeError:', e)
print(max('hello') if False else 'x', 'abc' * True, 'ab' * False, -1 * 'ab')
