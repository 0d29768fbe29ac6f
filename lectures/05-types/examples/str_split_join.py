print('a b\tc\nd'.split(), '  lead'.split(' '), 'a  b'.split(' '), 'x'.split('x'), 'xax'.split('x'))
print('1,2,3'.split(',', -1), '1,2,3'.split(',', 5), '1,2,3'.rsplit(',', 0), 'a,b'.split(sep=','))
print('a b c d'.split(maxsplit=2), 'a b c d'.rsplit(maxsplit=2), '\u3000a\u3000b'.split(), 'a\x1cb'.split())
print('abc'.join('xyz'), '-'.join(('only',)), ''.join(('a', 'b')), ' '.join({'k': 1}))
print('line1\nline2\n\nline4'.splitlines(), 'a\x0bb\x0cc\x1cd\x85e\u2028f'.splitlines(), 'x\r\n'.splitlines(keepends=True))
print('a:b:c'.partition(':'), ':'.partition(':'), 'abc'.rpartition('c'))
try:
    'a'.partition('')
except ValueError as e:
    print('ValueError:', e)
try:
    'a b'.split(1)
except TypeError as e:
    print('TypeError:', e)
try:
    '-'.join(('a', 2, 'c'))
except TypeError as e:
    print('TypeError:', e)
try:
    '-'.join(5)
except TypeError as e:
    print('TypeError:', e)
