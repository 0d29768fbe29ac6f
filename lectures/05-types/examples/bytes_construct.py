print(bytes(), bytes(0), bytes(4), bytes((1, 2, 255)), bytes(b'ab'), bytes('é', 'utf-8'), bytes('é', 'latin-1'))
print(bytes('abc', encoding='ascii'), bytes('aé', 'ascii', 'replace'), bytes('aé', 'ascii', 'ignore'))
print(bytes('a😀', 'utf-8'), len(bytes('a😀', 'utf-8')), bytes(range(3)) if False else bytes((65,)))
print(b'a' * 3, 3 * b'ab', b'x' * 0, b'' * 100, b'ab' + b'', len(b'\x00\x00'))
print(hash(b'abc') == hash(b'abc'), hash(b''), b'abc' == b'abc', b'abc' != None, b'' == b'')
print(b'\x7f\x80\t\n\r\\', b"it's", b'say "x"', b'both \' and "')
print(str(b'abc', 'ascii'), str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'x', encoding='ascii'))
print('😀'.encode(), 'é'.encode('utf-8'), 'aéb'.encode('ascii', 'backslashreplace'), 'é😀'.encode('ascii', 'xmlcharrefreplace'))
print(b'\xf0\x9f\x98\x80'.decode(), b'\xe2\x82'.decode('utf-8', 'replace'), b'a\xed\xa0\x80b'.decode('utf-8', 'replace'))
print(b'\xc3\x28'.decode('utf-8', 'replace'), b'\xff\xfe'.decode('utf-8', 'backslashreplace'), b'\x80abc'.decode('ascii', 'ignore'))
try:
    bytes(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    bytes(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(('a',))
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(b'x', 'ascii')
except TypeError as e:
    print('TypeError:', e)
try:
    'x'.encode('nope')
except LookupError as e:
    print('LookupError:', e)
try:
    b'x'.decode('utf-8', 'bogus')
except LookupError as e:
    print('LookupError:', e)
try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    'ab\xe9\xe8c'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, e.start, e.end, e.reason)
try:
    b'\xe2\x82'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e, e.start, e.end)
try:
    b'ab\xe2\x28\xa1'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'\xf0\x9f\x98'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'\xed\xa0\x80'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    str(b'a', 'ascii', 'strict', 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    str('a', 'ascii')
except TypeError as e:
    print('TypeError:', e)
