print('a,b,c'.split(',', maxsplit=1), 'a b'.rsplit(sep=None, maxsplit=1), ' x '.strip(None))
print('é'.encode(errors='replace', encoding='ascii'), ','.join({'a': 1, 'b': 2}.keys()), '-'.join({'x': 'v'}.values()))
print('abc'[-1], 'abc'[-3], ('a',)[-1], b'ab'[-1], 'ab'[True])
print('%s' % b'x', '%r' % (b'x',), str(b'x'), f'{b"x"}', f'{b"x"!s}')
print(' '.join(('a',) * 3), 'x'.rjust(3, '0'), '1.5'.isdecimal(), '-1'.isdigit(), 'ⅷ'.isnumeric())
print(tuple('ab') * 2, ('a',) + tuple('bc'), tuple(range(3)) if False else ())
print('abc' < 'abd' <= 'abd', max(1, 2), min('b', 'a'), len(''), 'x'.__class__ is str if False else 1)
print({1: 2}.get(1.0), {'a'} == {'a'}, set('ab') | set('bc') == set('abc'))
s = 'hello'
s += ' world'
s *= 2
print(s, s.title().swapcase())
t = (1,)
t += (2,)
t *= 2
print(t)
b = b'x'
b += b'y'
print(b, b * 2)
