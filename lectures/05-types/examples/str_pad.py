i = 0
while i < 9:
    print(repr('ab'.center(i)), repr('abc'.center(i, '*')), repr('x'.ljust(i, '-')), repr('x'.rjust(i, '😀')), repr(str(i).zfill(3)))
    i += 1
print('-0'.zfill(3), '+'.zfill(3), '--1'.zfill(5), 'a1'.zfill(4), '😀'.center(3, 'é'))
print('tab\tstop\t!'.expandtabs(), 'a\tb'.expandtabs(0), 'ab\tc\n\td'.expandtabs(3), '😀\tx'.expandtabs(4))
try:
    'a'.center()
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.ljust(3, '')
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.zfill('3')
except TypeError as e:
    print('TypeError:', e)
