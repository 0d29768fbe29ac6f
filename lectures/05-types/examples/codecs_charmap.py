# The code pages of Lib/encodings (cp1252.py, cp437.py, iso8859_15.py) are 'charmap' codecs:
# a 256-character decoding table, and its inverse for encoding.
allbytes = (b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f'
            b'\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f'
            b'\x40\x41\x42\x43\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x4f\x50\x51\x52\x53\x54\x55\x56\x57\x58\x59\x5a\x5b\x5c\x5d\x5e\x5f'
            b'\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b\x7c\x7d\x7e\x7f'
            b'\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f'
            b'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf'
            b'\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf'
            b'\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff')
print(ascii(allbytes.decode('cp437')))
print(ascii(allbytes.decode('iso8859-15')))
print(ascii(allbytes.decode('cp1252', 'replace')))
print(ascii(allbytes.decode('cp1252', 'backslashreplace')))
print(ascii(allbytes.decode('cp1252', 'ignore')), len(allbytes.decode('cp1252', 'ignore')))
print(ascii(allbytes.decode('cp1252', 'surrogateescape')))
print(allbytes.decode('cp437').encode('cp437') == allbytes,
      allbytes.decode('iso8859_15').encode('latin9') == allbytes,
      allbytes.decode('cp1252', 'surrogateescape').encode('cp1252', 'surrogateescape') == allbytes)
text = 'Grüße, ½ € Œuvre “quoted” — ╔═╗ ░▒▓ ß µ ¤'
names = ('cp1252', 'windows-1252', '1252', 'cp437', 'IBM437', '437', 'iso8859-15', 'ISO_8859-15',
         'latin9', 'L9', 'latin-1', 'ascii')
handlers = ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace')
i = 0
while i < len(names):
    try:
        print(names[i], text.encode(names[i]))
    except UnicodeEncodeError as e:
        print(names[i], repr(e), e.start, e.end, e.reason)
        print('   ', e)
    j = 0
    while j < len(handlers):
        print('   ', handlers[j], text.encode(names[i], handlers[j]))
        j += 1
    i += 1
# One error covers a whole run of unencodable characters; surrogateescape writes the escaped
# bytes back, and fails on the first character that is not one.
cases = (('a€b', 'cp437'), ('ab\u20ac\u20ac\u0100c', 'iso8859-15'), ('\udc81\udc8d', 'cp1252'),
         ('\udc80x\u0100', 'cp1252'), ('\udc80\u0100\udc81', 'cp437'), ('€', 'cp437'), ('\x80', 'cp1252'))
handlers = ('strict', 'surrogateescape', 'surrogatepass')
i = 0
while i < len(cases):
    j = 0
    while j < len(handlers):
        try:
            print(ascii(cases[i][0]), cases[i][1], handlers[j], cases[i][0].encode(cases[i][1], handlers[j]))
        except UnicodeEncodeError as e:
            print(ascii(cases[i][0]), cases[i][1], handlers[j], repr(e), e.start, e.end, ascii(e.object))
            print('   ', e)
        j += 1
    i += 1
bad = (b'\x81', b'ab\x8d\x8fc', b'\x90\x9d')
i = 0
while i < len(bad):
    try:
        print(bad[i].decode('cp1252'))
    except UnicodeDecodeError as e:
        print(repr(e), e.start, e.end, e.reason, e.encoding, e.object)
        print('   ', e)
    i += 1
try:
    b'\x81'.decode('cp1252', 'xmlcharrefreplace')
except TypeError as e:
    print(repr(e))
