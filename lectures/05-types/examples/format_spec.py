print(format(3.0), format(1e16), format(1.5, ''), format(2, ''), format('s', ''))
print(format(0.1, '.17g'), format(100, 'n'), format(1234.5, 'n'), format(5, '%'))
print(format(1.23456789e-5, 'g'), format(123456789.0, 'g'), format(0.0001, 'g'), format(1e-5, 'G'))
print(format(10, '#g'), format(1.0, '#.3g'), format(1.5, '#'), format(12.0, 'e'))
print(format(-0.0, '.1f'), format(-1e-10, '.3f'), format(0.5, 'z.0f') if False else '')
print('{:>8.3s}|{:^+8}|{:<#8x}|'.format('abcdef', 5, 255))
print('{0:{1}}|{2[0]}|{3[k]}'.format(7, 4, ('t',), {'k': 'v'}))
print('{!r:>6}|{!s}|{}'.format('a', 'b', 'c'), '{:}'.format(1))
print('{:,d}'.format(10 ** 12), '{:08.2f}'.format(-3.14159), '{:+.1e}'.format(12345.678))
print('{:c}'.format(9731), '{:#X}'.format(48879), '{:o}'.format(-8))
try:
    format(1, 's')
except ValueError as e:
    print('ValueError:', e)
try:
    format('a', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError:', e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, ',s')
except ValueError as e:
    print('ValueError:', e)
