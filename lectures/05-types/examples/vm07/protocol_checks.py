# Protocol checks as CPython makes them: a mapping is what has keys(), ** needs one, sizes past
# Py_ssize_t overflow, repeats too long for memory, empty ranges in substring searches.
def t(src):
    try:
        r = eval(src)
        print(src, '->', repr(r)[:60])
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)
def f(**kw): return kw
for s in ['dict(range(3))', 'dict(5)', 'dict([1])', 'dict([(1,2,3)])', 'dict(["ab"])', 'f(**[1])', 'f(**{1:2})', 'f(**None)', '{**[1]}', '{**None}',
          '[0] * 2**63', '[0] * 2**62', 'a' * 0 + "'a' * 2**62", "'a' * 2**63", "'ab' * 2**62", "b'a' * 2**63", "(1,) * 2**63", "(1,) * 2**62", "[1,2] * 2**62",
          "'abc'.count('', 2, 1)", "'abc'.find('', 4)", "'abc'.index('', 4)", "'abc'.startswith('', 4)", "'abc'.endswith('', 4)", "'abc'.startswith('', 3)", "'abc'.rfind('', 4)", "'abc'.count('', 4)", "'abc'.count('', 3)",
          "range(2**63)", "len(range(2**63))", "'x'.center(2**63)", "'x'.ljust(2**62)", "[None] * -1", "bytearray(2**63)", "bytes(2**63)", "'%*d' % (2**63, 1)", "list(range(5))[2**63:]", "'abc'[2**63]", "[1][2**63]", "(1).to_bytes(2**63)", "chr(2**63)",
          "dict.fromkeys(3)", "dict({1: 2}, **{'a': 1})", "dict([(1, 2)], x=3)", "dict(a=1).update(5)", "dict(a=1).update([1])", "{}.update({}, {})", "set(5)", "frozenset(1)", "sorted(5)", "max(5)", "sum(5)", "list(5)", "tuple(5)",
          "'abc'.find('b', 'x')", "'a b'.split(None, '')", "'abc'.find('b', None, None)", "'abc'.find('b', 1.0)", "'abc'.count('b', 2**70)", "b'abc'.find(b'b', 'x')"]:
    t(s)
# Buffers where CPython takes them: int() and float() read a bytes-like argument as text,
# ord() takes a one-byte bytes or bytearray, hex() separators must be one ASCII character.
for s in ["int(bytearray(b'xy'))", "int(bytearray(b' 12 '))", "int(memoryview(b'7'))",
          "int(bytearray(b'ff'), 16)", "int(memoryview(b'ff'), 16)", "b'ab'.hex('\\xff')",
          "b'ab'.hex('\\xff\\xff')", "bytearray(b'xy').hex(b'\\xff')", "int(b'1_0')",
          "float(bytearray(b'1.5'))", "ord(bytearray(b'a'))", "ord(b'')", "ord(b'ab')",
          "float(b'')", "format()", "format(1, 2)", "format(1, 'x', 3)", "'%%' % b'ab'",
          "{}.setdefault()", "{}.setdefault(1, 2, 3)", "[1, 2].index(2, None)", "(1, 2).index(2, 1.5)"]:
    t(s)
