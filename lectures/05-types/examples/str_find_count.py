s = 'abracadabra'
print(s.find('abra'), s.find('abra', 1), s.rfind('abra'), s.rfind('abra', 0, 10), s.find('a', -3), s.find('', 20))
print(s.count('a'), s.count('abra'), s.count('a', 5), s.count('a', 5, 8), s.count(''), ''.count(''), s.count('', 20))
print(s.index('c'), s.rindex('a'), s.startswith('bra', 1), s.endswith('cad', 0, 7), s.endswith(('x', 'ra')))
print('😀a😀b'.find('b'), '😀a😀b'.index('😀', 1), '😀a😀b'.count('😀'), '😀a😀b'.rfind('a'), 'é😀'.find('😀'))
print(s.find('a', 100), s.rfind('x'), s.startswith(''), s.startswith('', 11), s.startswith('', 12), ''.endswith(''))
print(s.replace('a', 'A', 2), s.replace('abra', ''), s.replace('x', 'y'), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '|', 5))
try:
    s.index('z', 2)
except ValueError as e:
    print('ValueError:', e)
try:
    s.find(1)
except TypeError as e:
    print('TypeError:', e)
try:
    s.count()
except TypeError as e:
    print('TypeError:', e)
