# Encoding names are normalised (case, punctuation) and looked up in encodings.aliases,
# the way Lib/encodings/__init__.py's search_function does.
names = ('UTF-8', 'utf 8', ' Utf_8 ', 'utf--8', 'U8', 'utf', 'cp65001', 'UTF8', 'utf-8-sig', 'UTF_8_SIG',
         'UTF-16', 'u16', 'UTF-16LE', 'utf_16be', 'UnicodeLittleUnmarked', 'U32', 'utf32', 'UTF-32-BE',
         'utf_32le', 'us-ascii', 'US', '646', 'ANSI_X3.4-1968', 'iso_646.irv:1991', 'csASCII', 'latin-1',
         'Latin1', 'L1', 'iso-8859-1', 'ISO8859', '8859', 'cp819', 'windows-1252', '1252', 'CP437',
         'ibm437', 'cspc8codepage437', 'latin9', 'ISO-8859-15', 'l9', 'unicode_escape', 'Unicode-Escape',
         'raw_unicode_escape')
i = 0
while i < len(names):
    print(repr(names[i]), 'Aé€'.encode(names[i], 'replace'), ascii(b'A\xe9'.decode(names[i], 'replace')))
    i += 1
# Unknown names, and the bytes-to-bytes codecs str.encode and bytes.decode refuse.
bad = ('utf-9', 'utf8x', '', 'rot13', 'rot_13', 'base64', 'hex', 'zlib', 'bz2_codec', 'uu', 'quopri', 'mbcs')
i = 0
while i < len(bad):
    try:
        'x'.encode(bad[i])
    except LookupError as e:
        print(repr(e))
    try:
        b'x'.decode(bad[i])
    except LookupError as e:
        print(repr(e))
    i += 1
try:
    'x'.encode('undefined')
except UnicodeError as e:
    print(repr(e))
try:
    'x'.encode('utf\x008')
except ValueError as e:
    print(repr(e))
try:
    'x'.encode('utf-8', 'str\x00ict')
except ValueError as e:
    print(repr(e))
try:
    'x'.encode('nope', 5)
except TypeError as e:
    print(repr(e))
try:
    b'x'.decode(errors=None)
except TypeError as e:
    print(repr(e))
# utf-8-sig writes the signature and strips one when decoding; plain utf-8 keeps it as U+FEFF.
print('x'.encode('utf-8-sig'), ''.encode('utf-8-sig'), ascii(b'\xef\xbb\xbfx'.decode('utf-8-sig')),
      ascii(b'\xef\xbb\xbfx'.decode('utf-8')), ascii(b'x'.decode('utf-8-sig')),
      ascii(b'\xef\xbb\xbf\xef\xbb\xbf'.decode('utf-8-sig')), ascii(b'\xef\xbb'.decode('utf-8-sig', 'replace')))
try:
    b'\xef\xbb\xbfab\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(repr(e), e.start, e.end, str(e))
# The same codecs behind every door: str.encode, bytes(), bytes.decode, str().
s = 'Ærø €'
print(s.encode('cp1252'), bytes(s, 'cp1252'), bytes(s, encoding='cp1252', errors='strict'),
      s.encode(encoding='utf-16-be'), bytes(s, 'utf-32'))
b = s.encode('utf-16')
print(ascii(b.decode('utf-16')), ascii(str(b, 'utf-16')), ascii(str(b, encoding='utf-16', errors='strict')),
      ascii(str(b'\x80abc', 'ascii', 'replace')), ascii(str(b'\x80abc', errors='backslashreplace')))
# The encoding and errors arguments must be str (argument clinic says None, str() NoneType).
try:
    str(b'x', None)
except TypeError as e:
    print(repr(e))
try:
    bytes('x', None)
except TypeError as e:
    print(repr(e))
try:
    'x'.encode('ascii', None)
except TypeError as e:
    print(repr(e))
try:
    str(b'x', 'utf-8', 3)
except TypeError as e:
    print(repr(e))
# Codecs reached through the registry rather than a C fast path note the failure.
tests = ((b'\x81', 'cp1252'), (b'\x81', 'utf-8'), (b'\x81', 'u8'), (b'\xff', 'ascii'), (b'\xff', '646'),
         (b'\x00', 'utf-32'), (b'\x00', 'utf-32-be'), (b'\\x', 'unicode_escape'), (b'\xef\xbb\xbf\xff', 'utf-8-sig'))
i = 0
while i < len(tests):
    try:
        tests[i][0].decode(tests[i][1])
    except UnicodeDecodeError as e:
        print(repr(e), getattr(e, '__notes__', None))
    i += 1
try:
    '\ud800'.encode('UTF-16LE')
except UnicodeEncodeError as e:
    print(repr(e), e.__notes__)
try:
    b'\x81'.decode('cp1252', 'bogus')
except LookupError as e:
    print(repr(e), e.__notes__)
