# _struct, and CPython's own Lib/struct.py on top of it: native sizes and alignment for '@',
# standard sizes for '<>!=', every code, Struct objects, and struct.error's messages.
import _struct
print(_struct.calcsize('@bhiq'), _struct.calcsize('<bhiq'), _struct.calcsize('P'), _struct.calcsize('2h3s?e'),
      _struct.calcsize('@cxhxi'), _struct.calcsize('!5p'))
print(_struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -2**63, 2**64 - 1))
print(_struct.pack('>hHiI', -2, 65535, -3, 4000000000), _struct.pack('!l', 7), _struct.pack('=L', 7))
print(_struct.pack('@bhiq', 1, 2, 3, 4), _struct.pack('@nN', -1, 5), _struct.pack('P', 1))
print(_struct.pack('<fde', 1.5, -2.25, 0.333), _struct.pack('>e', 65504.0), _struct.pack('<e', 6e-8), _struct.pack('<e', 1e-8))
print(_struct.pack('3s5s0s', b'abcdef', b'xy', b'zz'), _struct.pack('5p', b'hello world'), _struct.pack('?c?', [1], b'*', 0))
print(_struct.unpack('<hHiIqQ', _struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -2**63, 2**64 - 1)))
print(_struct.unpack('<fde', _struct.pack('<fde', 1.5, -2.25, 0.333)), _struct.unpack('>e', b'\x7c\x00'), _struct.unpack('<e', b'\x01\x00'))
print(_struct.unpack('3s?c5p', b'abc\x02Z\x03xyzq'), _struct.unpack_from('<h', b'\x00\x01\x02\x03', 2),
      _struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=1))
print(list(_struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
s = _struct.Struct('<2h')
print(s, s.size, s.format, s.pack(1, -1), s.unpack(b'\x01\x00\xff\xff'), _struct.Struct(b'>q').format)
print(_struct.pack('<d', 1e308 * 10), _struct.pack('f', 1e40), _struct.pack('<q', True))
for bad in ["_struct.pack('h', 40000)", "_struct.pack('<B', 300)", "_struct.pack('<q', 2**63)", "_struct.pack('Q', -1)",
            "_struct.pack('h', 'x')", "_struct.pack('h', 1.5)", "_struct.pack('<f', 'x')", "_struct.pack('c', b'ab')",
            "_struct.pack('s', 'x')", "_struct.pack('h')", "_struct.pack('h', 1, 2)", "_struct.pack('z', 1)",
            "_struct.pack('e', 1e6)", "_struct.pack('<f', 1e40)", "_struct.unpack('<h', b'1')", "_struct.calcsize('3')",
            "_struct.Struct(5)", "_struct.unpack_from('<i', b'12', 1)", "_struct.iter_unpack('<h', b'123')",
            "_struct.pack_into('<h', b'12', 0, 1)", "_struct.pack()"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
print(_struct.error.__name__, _struct.error.__module__, _struct.error.__mro__[1].__name__)
