b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b + b' world', b * 2)
print(bytes(3), bytes((65, 66)), bytes('abc', 'ascii'), bytes(), bytes(b'xy'))
print(b'a' in b'abc', 97 in b'abc', b'' in b'a', b'x' not in b'abc')
print(b'a' < b'b', b'abc' == b'abc', b'ab' < b'abc', b'\xff' > b'a')
print(repr(b'\x00\n\t\r\x7f\x80\'"\\'), repr(b"'"), repr(b'"\''))
print(b'a,b,c'.split(b','), b'  a b '.split(), b'a b'.upper(), b'AB'.lower())
print(b'-'.join((b'a', b'b')), b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.replace(b'l', b'L'))
print(b'xhix'.strip(b'x'), b' a '.strip(), b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'))
print(b'abc'.hex(), bytes.fromhex('de ad be ef'), b'\x01\xff'.hex(':'), b'abc'.index(b'c'))
print(b'hello'.decode(), b'h\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'abc'.decode('ascii'))
try:
    b'a\xffb'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'a\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'ab\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
try:
    bytes((256,))
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
print(b'abc' == 'abc', hash(b'abc') == hash(b'abc'), b'a'.isalpha(), b'12'.isdigit())
print(b'hello'.partition(b'l'), b'a\x00'.zfill(4), b'ab'.center(6, b'*'), b'abc'.title())
