print('{a}'.format_map({'a': 1}))
print('abc'.translate(str.maketrans('ab', 'xy')))
print(str.maketrans({'a': 'b'}))
print('a-b'.translate({ord('-'): None}))
print(b'abc'.translate(None, b'b'))
print(str.join(',', ('a', 'b')), str.upper('x'), bytes.hex(b'\x01'))
print('a' 'b', 'x'.join(str(3)), str(b'\xff'), repr(b'\xff'.decode('latin-1')))
print(hash(1.5), hash('') , hash((1,)), hash(frozenset('ab')) == hash(frozenset('ba')))
table = str.maketrans('abc', 'xyz', 'd')
print(table, 'abcd-dcba'.translate(table), 'héllo'.translate({ord('é'): 'e', ord('l'): 'L'}))
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')) if False else b'hello'.translate(None, b'l'))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print('ValueError:', e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print('ValueError:', e)
try:
    'a'.translate({97: 1.5})
except TypeError as e:
    print('TypeError:', e)
print('{x}-{y}'.format_map({'x': 1, 'y': 2}))
