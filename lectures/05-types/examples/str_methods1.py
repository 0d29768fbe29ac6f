s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print(repr('abcba'.strip('ab')), repr('\t\n x \x0b\x0c\r'.strip()), repr('\u3000a\u3000'.strip()))
print('a,b,,c'.split(','), 'a b  c '.split(), '  '.split(), ''.split(','), 'a,b,c'.split(',', 1))
print('a,b,c'.rsplit(',', 1), ' a b c '.rsplit(None, 1), 'a b c'.rsplit(), 'abc'.split('b', 0))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines())
print(','.join(('a', 'b', 'c')), ''.join(()), '-'.join('xyz'))
try:
    ','.join((1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'abc'.replace('', '-'))
print('aaa'.replace('a', 'b', 0), 'aaa'.replace('aa', 'x'), 'abc'.replace('', '-', 2))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.find('l', 3), 'hello'.find('', 5))
print('hello'.index('e'), 'hello'.rindex('l'), 'hello'.count('l'), 'aaaa'.count('aa'), 'abc'.count(''))
print('hello'.find('l', -2), 'hello'.find('h', 1, 3), 'hello'.count('l', 0, 3))
try:
    'hello'.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    'hello'.rindex('z')
except ValueError as e:
    print('ValueError:', e)
print('hello'.startswith('he'), 'hello'.endswith('lo'), 'hello'.startswith(('x', 'h')))
print('hello'.startswith('l', 2), 'hello'.endswith('l', 0, 4), 'hello'.endswith(()))
try:
    'hello'.startswith({'h'})
except TypeError as e:
    print('TypeError:', e)
