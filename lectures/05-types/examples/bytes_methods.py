b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b'hello world'.capitalize())
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'W'), b.rindex(b'o'), b.count(b'l'), b.count(108))
print(b.startswith((b'x', b'He')), b.endswith(b'ld', 0, 12), b.split(b', '), b.rsplit(b'o', 1))
print(b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1), b'a\nb\r\nc'.splitlines(), b'x\n'.splitlines(True))
print(b'a-b-c'.partition(b'-'), b'a-b-c'.rpartition(b'-'), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'abc'.ljust(6, b'.'), b'abc'.rjust(6), b'abc'.center(7, b'-'), b'-5'.zfill(4), b'5'.zfill(0))
print(b'xxabcxx'.lstrip(b'x'), b'xxabcxx'.rstrip(b'x'), b'\t ab \n'.strip(), b'abc'.strip(b''))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'ab'.replace(b'', b'.'))
print(b'Abc'.isalpha(), b'Ab1'.isalnum(), b' \t'.isspace(), b''.isspace(), b'ABC'.isupper(), b'abc1'.islower(), b'Ab Cd'.istitle())
print(b'\x80'.isascii(), b'abc'.isascii(), b'a\tb'.expandtabs(4), b'pre_x'.removeprefix(b'pre_'), b'x.py'.removesuffix(b'.py'))
print(b', '.join((b'a', b'b', b'c')), b''.join(()), b'hex'.hex(), b'\x00\xff\x10'.hex('-'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -4))
print(bytes.fromhex('00ff10'), bytes.fromhex(''), bytes.fromhex('  41  42 '))
try:
    bytes.fromhex('4g')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.fromhex('414')
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'.split(b'')
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'.find('a')
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.startswith('a')
except TypeError as e:
    print('TypeError:', e)
try:
    b'-'.join((b'a', 'b'))
except TypeError as e:
    print('TypeError:', e)
try:
    b'a'.center(5, 'x')
except TypeError as e:
    print('TypeError:', e)
