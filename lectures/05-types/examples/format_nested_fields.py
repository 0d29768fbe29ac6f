# A replacement field inside a format spec is rendered first, numbered with the outer
# fields (Objects/stringlib/unicode_format.h), at most two levels deep.
print('{:<{}}|'.format('a', 5), '{:{}{}}|'.format(3.14159, '>', 10), '{0:{1}.{2}f}'.format(2.5, 8, 3))
print('{:{fill}^{w}}'.format('mid', fill='*', w=9), '{x:>{w}}|'.format(x='r', w=4))
print('{:{}}{:{}}'.format('a', 3, 'b', 2) + '|')
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print(e)
try:
    '{:{}}{1}'.format('a', 3)
except ValueError as e:
    print(e)
try:
    '{:<{}}'.format('a')
except IndexError as e:
    print(e)
