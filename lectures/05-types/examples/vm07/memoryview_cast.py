# memoryview.cast: every native single-character format, shapes, and the errors of a cast.
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)


m = memoryview(bytearray(b'xycdefgh'))
for s in ['m.cast("i").tolist()', 'm.cast("i")[1]', 'm.cast("h").shape', 'm.cast("q").tolist()', 'm.cast("f").tolist()',
          'm.cast("d").tolist()', 'm.cast("e").tolist()', 'm.cast("?").tolist()', 'm.cast("c")[0]', 'm.cast("c").tolist()',
          'm.cast("x")', 'm.cast("i").cast("h")', 'm.cast("i").cast("B").tolist()', 'm.cast("B", (2, 4)).tolist()',
          'm.cast("B", (2, 4))[0]', 'm.cast("B", (2, 4))[1, 2]', 'm.cast("B", (2, 4))[1, 5]', 'm.cast("B", (2, 4))[1, 2, 3]',
          'm.cast("B", (2, 4))[0:1].shape', 'm.cast("B", (2, 4)).strides', 'len(m.cast("B", (2, 4)))', 'm.cast("B", (2, 4)).tobytes()',
          'm.cast("B", (3, 3))', 'm.cast("i", [])', 'm[::2].cast("B")', 'm.cast("<i")', 'm.cast("@i").format', 'm.cast("b")[0]',
          'm.cast("n").tolist()', 'm.cast("N")[0]', 'm.cast("P")[0]', 'm.cast("l").tolist(), m.cast("L").tolist()',
          'm.cast("Q").tolist()', 'm.cast("I").tolist()', 'm.cast("H").tolist()', 'm.cast("i", (2,)).shape', 'm.cast("B", (2, 4)).cast("i").tolist()',
          'm.cast("B", (2, 4)).cast("B", (4, 2))', 'm.cast("B", "ab")', 'm.cast("B", (0, 8))', 'm.cast(3)', 'm.cast()',
          'len(memoryview(b"abc").cast("B", ()))', 'memoryview(b"a").cast("B", ()).tolist()', 'memoryview(b"a").cast("B", ())[()]',
          'memoryview(b"a").cast("B", ()).ndim', 'memoryview(b"abc").cast("c", [3])[0]', 'memoryview(b"abc").cast("i")',
          'm.cast("i") == m.cast("i")', 'm == m.cast("c")', 'm.cast("b") == m', 'memoryview(b"\\x01\\x00").cast("?") == [1]',
          'memoryview(b"\\x00\\x00\\xc0\\x7f").cast("f").tolist()', 'memoryview(b"\\x00\\x7e").cast("e") == memoryview(b"\\x00\\x7e").cast("e")',
          'hash(memoryview(b"ab").cast("c"))', 'hash(memoryview(b"abcd").cast("i"))', 'list(memoryview(b"abcd").cast("h"))',
          'iter(memoryview(b"a").cast("B", ()))', 'iter(m.cast("B", (2, 4)))', 'm.cast("B", (2, 4)).hex()']:
    t(s)
w = memoryview(bytearray(16))
for fmt, vals in [('b', [-128, 127, -129, 128]), ('B', [0, 255, -1, 256]), ('h', [-32768, 32767, 32768]),
                  ('H', [65535, 65536]), ('i', [-2**31, 2**31]), ('I', [2**32 - 1, 2**32]), ('q', [-2**63, 2**63]),
                  ('Q', [2**64 - 1, 2**64, -1]), ('n', [2**63 - 1]), ('N', [2**64 - 1]), ('P', [123]),
                  ('f', [1.5, 3, 1e39, 'x', float('inf')]), ('d', [1e308, -0.0, True]), ('e', [1.5, 65504.0, 65520.0, 1e-8, 5.96e-08, 0.1]),
                  ('?', [0, [], [1], 'x']), ('c', [b'a', b'ab', 97, bytearray(b'z')]), ('l', [True]), ('L', [1.0])]:
    v = w.cast(fmt)
    for x in vals:
        try:
            v[0] = x
            print(fmt, repr(x), '->', v[0], w.tobytes()[:8].hex())
        except (TypeError, ValueError) as e:
            print(fmt, repr(x), '!!', type(e).__name__, e)
