# The error handlers of Python/codecs.c on the utf-8, ascii and latin-1 codecs, both ways.
raw = (b'ok', b'caf\xc3\xa9 \xff', b'\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80x', b'\xf0\x90\x80',
       b'\xc0\xaf\xf5', b'\xef\xbb\xbfbom', b'\x80\x81\x82\x83\x84\x41\x85')
handlers = ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
            'xmlcharrefreplace', 'namereplace', 'no-such-handler')
encs = ('utf-8', 'ascii', 'latin-1', 'utf-8-sig')
i = 0
while i < len(raw):
    k = 0
    while k < len(encs):
        j = 0
        while j < len(handlers):
            try:
                print(raw[i], encs[k], handlers[j], ascii(raw[i].decode(encs[k], handlers[j])))
            except UnicodeDecodeError as e:
                print(raw[i], encs[k], handlers[j], repr(e), e.start, e.end, e.reason)
                print('   ', e)
            except (TypeError, LookupError) as e:
                print(raw[i], encs[k], handlers[j], repr(e))
            j += 1
        k += 1
    i += 1
texts = ('plain', 'café €', '\udc80\udcff', 'a\udc80\u20acb', '\ud800x', '😀 \U000e0001 \ue000 \x85',
         '\udcc3\udca9', 'x\udfffy')
encs = ('utf-8', 'ascii', 'latin-1', 'utf-8-sig')
i = 0
while i < len(texts):
    k = 0
    while k < len(encs):
        j = 0
        while j < len(handlers):
            try:
                print(ascii(texts[i]), encs[k], handlers[j], texts[i].encode(encs[k], handlers[j]))
            except UnicodeEncodeError as e:
                print(ascii(texts[i]), encs[k], handlers[j], repr(e), e.start, e.end, e.reason)
                print('   ', e)
            except LookupError as e:
                print(ascii(texts[i]), encs[k], handlers[j], repr(e))
            j += 1
        k += 1
    i += 1
# PEP 383: any bytes survive decode + encode with surrogateescape.
blob = b'\x00\x7f\x80\xff\xc3\xa9\xed\xa0\x80\xf4\x90\x80\x80 end'
s = blob.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == blob)
s = blob.decode('ascii', 'surrogateescape')
print(ascii(s), s.encode('ascii', 'surrogateescape') == blob, s.encode('latin-1', 'surrogateescape') == blob)
# The error object, its attributes, and str(e) for one byte/character or a range.
try:
    'naïve ☃'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason, e.args, str(e))
try:
    b'\xff\xfe\xfd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args, str(e))
try:
    str(b'\xe2\x82', 'utf-8')
except UnicodeDecodeError as e:
    print(repr(e), str(e))
try:
    bytes('\u20ac', 'ascii')
except UnicodeEncodeError as e:
    print(repr(e), str(e), isinstance(e, UnicodeError), isinstance(e, ValueError))
