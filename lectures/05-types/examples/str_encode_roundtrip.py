samples = ('plain', 'café', 'naïve 😀', '日本語', '\x00\x7f\x80', '')
i = 0
while i < len(samples):
    s = samples[i]
    b = s.encode('utf-8')
    print(repr(s), len(s), b, len(b), b.decode('utf-8') == s, s.encode('utf-8', 'strict') == b)
    print('  ', s.encode('ascii', 'replace'), s.encode('latin-1', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
    i += 1
print('Ü'.encode('latin1'), 'x'.encode('UTF8'), 'x'.encode('utf_8'), 'x'.encode(encoding='ascii'), b'\xdc'.decode('iso-8859-1'))
