# unicode_escape reads and writes the escapes of a Python string literal over Latin-1 text;
# raw_unicode_escape knows only \uXXXX and \UXXXXXXXX (after an odd number of backslashes).
texts = ('plain', 'tab\there\nnew\rline', 'back\\slash', 'quotes \'"', 'é ÿ \x00 \x7f \x80',
         '€ Ω 😀 \U0010ffff', '\udc80 lone', '')
i = 0
while i < len(texts):
    t = texts[i]
    u = t.encode('unicode_escape')
    r = t.encode('raw_unicode_escape')
    print(u, r, u.decode('unicode_escape') == t, r.decode('raw_unicode_escape') == t,
          t.encode('unicode-escape', 'strict') == u, t.encode('Raw-Unicode-Escape', 'whatever') == r)
    i += 1
data = (b'a\\tb\\nc\\\\d\\\'\\"', b'\\x41\\x4a\\u20ac\\U0001F600', b'\\101\\7\\08\\1234',
        b'\\N{EURO SIGN}\\N{latin small letter a}\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}',
        b'line\\\ncontinued', b'\\a\\b\\f\\v', b'\xe9\xff raw bytes', b'\\u00e9\\U000000e9')
i = 0
while i < len(data):
    print(ascii(data[i].decode('unicode_escape')), ascii(data[i].decode('raw_unicode_escape')))
    i += 1
print(ascii(b'\\\\u0041 \\\\\\u0041 \\x41 \\'.decode('raw_unicode_escape')))
# Errors cover from the backslash to where the escape went wrong.
bad = (b'\\', b'ab\\x4', b'\\x4g', b'\\u12', b'\\u12345', b'\\U0011ffff', b'\\U1234', b'\\N',
       b'\\Nx', b'\\N{', b'\\N{}', b'\\N{EURO SIGN', b'\\N{NO SUCH NAME}', b'x\\xZZ\\u00e9')
handlers = ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape')
i = 0
while i < len(bad):
    j = 0
    while j < len(handlers):
        try:
            print(bad[i], handlers[j], ascii(bad[i].decode('unicode_escape', handlers[j])))
        except UnicodeDecodeError as e:
            print(bad[i], handlers[j], repr(e), e.start, e.end, e.reason)
            print('   ', e)
        j += 1
    i += 1
bad = (b'\\u12', b'\\U0011ffff', b'\\U1234', b'a\\u00', b'\\u004g', b'\\U00110000\\u0041')
i = 0
while i < len(bad):
    j = 0
    while j < len(handlers):
        try:
            print(bad[i], handlers[j], ascii(bad[i].decode('raw_unicode_escape', handlers[j])))
        except UnicodeDecodeError as e:
            print(bad[i], handlers[j], repr(e), e.start, e.end, e.reason)
            print('   ', e)
        j += 1
    i += 1
