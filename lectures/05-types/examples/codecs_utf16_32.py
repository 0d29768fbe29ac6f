# UTF-16 and UTF-32 (Objects/unicodeobject.c): plain utf-16/utf-32 write a little-endian BOM
# and read one back (big or little), the -le/-be codecs never do.
texts = ('a', '', 'héllo €', '😀 x', '\ufeffa', 'Ω\x00z')
codecs = ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'u32',
          'utf_16le', 'UnicodeBigUnmarked', 'utf_32be')
i = 0
while i < len(texts):
    j = 0
    while j < len(codecs):
        b = texts[i].encode(codecs[j])
        print(ascii(texts[i]), codecs[j], b, ascii(b.decode(codecs[j])), b.decode(codecs[j]) == texts[i])
        j += 1
    i += 1
# Decoding utf-16/utf-32 strips the BOM it finds and follows it; without one it reads
# little endian. A BOM under -le/-be is just U+FEFF.
print(ascii(b'\xff\xfea\x00'.decode('utf-16')), ascii(b'\xfe\xff\x00a'.decode('utf-16')),
      ascii(b'a\x00'.decode('utf-16')), ascii(b'\xff\xfea\x00'.decode('utf-16-le')),
      ascii(b'\xff\xfe\xff\xfe'.decode('utf-16')), ascii(b'\xff\xfe'.decode('utf-16')))
print(ascii(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')),
      ascii(b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')),
      ascii(b'a\x00\x00\x00'.decode('utf-32')), ascii(b'\x00\x00\xfe\xff'.decode('utf-32-be')))
print(str(b'\x00h\x00i', 'utf-16-be'), bytes('hi', 'utf-32-le'), bytes('hi', encoding='utf-16'))
# Errors: the decoder names the byte order it used, even for plain utf-16.
bad = ((b'a\x00\x00', 'utf-16'), (b'a\x00\x00', 'utf-16-be'), (b'\x00\xd8', 'utf-16-le'),
       (b'\x00\xd8\x00', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'),
       (b'\xfe\xff\x00a\xdc\x00', 'utf-16'), (b'\xd8\x00\xd8\x00\xdc\x00', 'utf-16-be'),
       (b'a\x00\x00', 'utf-32'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32'),
       (b'\x00\x00\xfe\xff\x00\x00\x00a\x00', 'utf-32'), (b'\xff\xff\xff\xff', 'utf-32-be'))
handlers = ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass')
i = 0
while i < len(bad):
    j = 0
    while j < len(handlers):
        try:
            print(bad[i][1], handlers[j], ascii(bad[i][0].decode(bad[i][1], handlers[j])))
        except UnicodeDecodeError as e:
            print(bad[i][1], handlers[j], repr(e), e.start, e.end, e.reason)
            print('   ', e)
        j += 1
    i += 1
# Encoding: only lone surrogates fail, one at a time.
strs = ('a\udc80b', '\ud800', '\udc80\udcff', 'x\udfff\ud800y')
handlers = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass')
encs = ('utf-16', 'utf-16-be', 'utf-32', 'utf-32-le')
i = 0
while i < len(strs):
    k = 0
    while k < len(encs):
        j = 0
        while j < len(handlers):
            try:
                print(ascii(strs[i]), encs[k], handlers[j], strs[i].encode(encs[k], handlers[j]))
            except UnicodeEncodeError as e:
                print(ascii(strs[i]), encs[k], handlers[j], repr(e), e.start, e.end, e.reason)
                print('   ', e)
            j += 1
        k += 1
    i += 1
print(ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')), '\ud800'.encode('utf-16', 'surrogatepass'),
      b'\x00\xdc\x00\x00'.decode('utf-32', 'surrogatepass').encode('utf-32', 'surrogatepass'))
