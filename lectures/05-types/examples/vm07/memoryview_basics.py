# memoryview (Objects/memoryobject.c): a typed window on another object's memory.
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)


b = bytearray(b'abcdefgh')
m = memoryview(b)
r = memoryview(b'xyz')
for s in ['m[0]', 'm[-1]', 'm[8]', 'm["a"]', 'm[1.0]', 'm[::2].tolist()', 'm[::-1].tobytes()', 'len(m)',
          'm.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.obj is b',
          'm.c_contiguous, m.f_contiguous, m.contiguous', 'm[::2].c_contiguous', 'm[::2].strides', 'm[::-1].strides',
          'r.__setitem__(0, 1)', 'm.__setitem__(0, 300)', 'm.__setitem__(0, "a")', 'm.__setitem__(0, 1.5)',
          'm.__setitem__(slice(0, 2), b"xy")', 'm.__setitem__(slice(0, 2), b"xyz")', 'm.__setitem__(slice(0, 2), 5)',
          'm.__delitem__(0)', 'b', 'm[...] == m', 'm[()]',
          'm.hex()', 'm.hex(":")', 'm.hex(":", 3)', 'm.tolist()', 'm == b', 'm == b"abcdefgh"', 'm != 3',
          'hash(r)', 'hash(m)', 'hash(r) == hash(b"xyz")', 'list(m[:3])', 'm.toreadonly().readonly', 'bytes(m[2:4])',
          'b"" + m', 'bytearray(m)', 'memoryview(3)', 'memoryview()', 'memoryview(b"a", b"b")', 'memoryview(object=b"k")[0]',
          'memoryview(m).obj is b', 'm.tobytes("C")', 'm.tobytes("X")', 'm.tobytes(order=None)', 'm[::2].tobytes()',
          'memoryview(b"abc")[::-1] == b"cba"', 'memoryview(b"") == b""', 'm.__enter__() is m', 'type(iter(m)).__name__',
          'b"cd" in m', '99 in m', 'len(m[5:2])']:
    t(s)
m.__exit__(None, None, None)
for s in ['repr(m)[:20]', 'm[0]', 'len(m)', 'm.tobytes()', 'm.format', 'm.release()', 'm == m', 'm == r', 'm.obj',
          'm.__enter__()', 'hash(m)']:
    t(s)
m = memoryview(b)
m2 = m[2:5]
m.release()
t('m2.tobytes()')
m2[0] = 0x43
print(b)
