print('{} {} {}'.format(1, 'two', 3.0), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Bo', age=5), '{0[1]} {1[k]}'.format(('a', 'b'), {'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|{:*^7}|'.format('a', 'b', 'c', 'd'), '{:06.2f}'.format(3.14159), '{:,}'.format(10 ** 9))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{{}} {{{}}}'.format(7), '{0:{1}{2}}'.format(5, '>', 4))
print('{0.real} {0.imag}'.format(3 + 4j), '{:x}'.format(255), '{:#b}'.format(5), '{:e}'.format(0.5))
try:
    '{'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{0!x}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{0[5]}'.format((1,))
except IndexError as e:
    print('IndexError:', e)
try:
    '{a.b}'.format(a=1)
except AttributeError as e:
    print('AttributeError:', e)
