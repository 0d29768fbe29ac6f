# Goldens for core/src/objects (the bare constant types): float/complex/str/bytes/int reprs,
# hashes under several PYTHONHASHSEEDs, set/frozenset iteration orders, exception str/repr,
# code-object location and exception tables.
# Run: PYENV_VERSION=3.13.0 python3.13 tools/oracle/objects.py
# (re-runs itself under PYTHONHASHSEED=0/1/12345 for the seed-dependent parts).
import sys, os, json, struct, random, subprocess, dis
assert sys.version_info[:2] == (3, 13), sys.version

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../core/test/golden/objects')

def fbits(x):
    return struct.pack('>d', x).hex()

def enc(v):
    """Encode a Python constant as tagged JSON the tests can rebuild."""
    if v is None: return {'t': 'None'}
    if v is Ellipsis: return {'t': 'Ellipsis'}
    if isinstance(v, bool): return {'t': 'bool', 'v': v}
    if isinstance(v, int): return {'t': 'int', 'v': str(v)}
    if isinstance(v, float): return {'t': 'float', 'v': fbits(v)}
    if isinstance(v, complex): return {'t': 'complex', 're': fbits(v.real), 'im': fbits(v.imag)}
    if isinstance(v, str): return {'t': 'str', 'v': [ord(c) for c in v]}
    if isinstance(v, bytes): return {'t': 'bytes', 'v': v.hex()}
    if isinstance(v, tuple): return {'t': 'tuple', 'v': [enc(x) for x in v]}
    if isinstance(v, frozenset): return {'t': 'frozenset', 'v': [enc(x) for x in v]}
    raise TypeError(type(v))

def write(name, data):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')

rng = random.Random(20241124)

def random_double():
    while True:
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        if x == x: return x

def float_values():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0,
            1e16 - 2, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 0.00001234, 1e22, 1e23,
            5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'),
            float('-inf'), float('nan'), 100.0, 1234567890123456.0, 12345678901234567.0,
            0.3, 2.5, 1e300, 1e-300, 3.141592653589793, 2**53, 2**53 + 2, 2**63, -2**63,
            2**64, 2**61 - 1, 2**61, 2**62, 1.5, -1.5, 4.35, 1e100, 123.456, 0.001]
    for e in range(-30, 30):
        vals.append(10.0 ** e)
        vals.append(1.5 * 10.0 ** e)
    for _ in range(1500):
        vals.append(random_double())
    for _ in range(500):
        vals.append(rng.uniform(-1e6, 1e6))
    for _ in range(300):
        vals.append(float(rng.randint(-2**70, 2**70)))
    for _ in range(300):
        vals.append(rng.randint(-10**6, 10**6) / rng.choice([2, 4, 8, 10, 100, 1000, 1024]))
    return [float(v) for v in vals]

def gen_reprs():
    floats = [[fbits(v), repr(v)] for v in float_values()]
    cvals = [complex(0, 1), complex(1, 2), complex(-0.0, -0.0), complex(0.0, -0.0),
             complex(float('nan'), float('inf')), complex(1e16, 1e-5), complex(-1.5, 0.0),
             complex(0.0, 0.0), complex(-0.0, 0.0), complex(float('inf'), float('-inf')),
             complex(2.5, float('nan')), complex(1, -1), complex(0, -2.5)]
    for _ in range(300):
        cvals.append(complex(random_double(), random_double()))
        cvals.append(complex(rng.randint(-100, 100), rng.randint(-100, 100) / 4))
    complexes = [[fbits(c.real), fbits(c.imag), repr(c)] for c in cvals]
    # str reprs: every code point below 0x3400, boundaries of every printable/non-printable
    # range, and random samples from the whole space; plus multi-char strings.
    cps = set(range(0x3400))
    prev = None
    for cp in range(0x110000):
        p = chr(cp).isprintable()
        if prev is not None and p != prev:
            cps.update((cp - 1, cp))
        prev = p
    for _ in range(20000):
        cps.add(rng.randrange(0x110000))
    cps = sorted(cps)
    single = [[cp, repr(chr(cp))] for cp in cps]
    multi_src = ["", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "a\\b",
                 "tab\there", "nl\nx\r", "\x00\x1f\x7f\x80\x9f\xa0\xad\xff", "caf\u00e9",
                 "\u200b\u2028\u2029\ufeff", "\U0001F600 smile", "\ud800", "x\udfffy",
                 "\U000E0001\U0010FFFF", "\u0378", "\u3000\u00a0 ", "'" * 3 + '"']
    for _ in range(300):
        n = rng.randint(1, 12)
        s = ''.join(chr(rng.choice([rng.randrange(0x80), rng.randrange(0x100),
                                    rng.randrange(0x10000), rng.randrange(0x110000)]))
                    for _ in range(n))
        if any(0xd800 <= ord(a) < 0xdc00 and 0xdc00 <= ord(b) < 0xe000 for a, b in zip(s, s[1:])):
            continue  # a JS string cannot keep such a pair apart from an astral char
        multi_src.append(s)
    multi = [[[ord(c) for c in s], repr(s)] for s in multi_src]
    bsrc = [bytes([i]) for i in range(256)] + [b"", b"'", b'"', b"'\"", b"it's", b'\\x']
    for _ in range(200):
        bsrc.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))))
    byts = [[b.hex(), repr(b)] for b in bsrc]
    ints = [0, 1, -1, 255, 256, -5, 2**53, 2**53 + 1, -2**53 - 1, 2**63, 2**64 - 1, 10**20]
    for k in range(0, 4300, 431):
        ints.append(10 ** k - 1)
        ints.append(-(7 ** (k // 2 + 1)))
    ints.append(10 ** 4299)
    ints.append(-(10 ** 4300 - 1))
    intr = [[str(v), repr(v)] for v in ints]
    over = []
    for v in [10 ** 4300, -(10 ** 4300), 2 ** 20000]:
        try:
            repr(v)
        except ValueError as e:
            over.append([hex(v), str(e)])
    parse_over = []
    for n in [4301, 5001, 10000]:
        try:
            int('7' * n)
        except ValueError as e:
            parse_over.append([n, str(e)])
    others = [[enc(v), repr(v)] for v in [None, True, False, Ellipsis, (), (1,), (1, 2),
              ((1,), ('a', b'b'), 2.5, 1j, None), frozenset(), frozenset({1, 2, 3}),
              frozenset({'a'}), (frozenset({(1, 2)}),)]]
    write('reprs.json', {'floats': floats, 'complexes': complexes, 'strSingle': single,
                         'strMulti': multi, 'bytes': byts, 'ints': intr, 'intOverLimit': over,
                         'intParseOverLimit': parse_over,
                         'others': others})

def hash_values():
    vals = [0, 1, -1, -2, 2, 255, 256, -5, 2**31, 2**32, 2**53, 2**53 + 1, 2**61 - 2, 2**61 - 1,
            2**61, 2**62, 2**63, -2**63, 2**64, -2**61, -(2**61 - 1), 10**30, -10**30, 3**200,
            0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e300, 5e-324, float('inf'), float('-inf'),
            2.0**80, -2.0**80, 2.0**61, 1e22, True, False, None,
            '', 'a', 'abc', 'hello world', 'é', 'caf\u00e9', '\u1234', 'x\u1234y', '\U0001F600',
            'a\U0001F600b', '\xff' * 9, 'abcdefgh', 'abcdefghi', 'x' * 100, '\ud800',
            b'', b'a', b'abc', b'\x00' * 7, b'\xff' * 8, bytes(range(40)),
            (), (1,), (1, 2), (1, 'a', b'b', 2.5), ((1, 2), (3, (4, 5))), (None, True, False),
            frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({'a', 'b'}),
            frozenset({frozenset({1}), frozenset({2})}), (frozenset({1, 2}), 'z'),
            1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(1e300, 1e300), 2.5 + 0j]
    for _ in range(200):
        vals.append(rng.randint(-2**70, 2**70))
        vals.append(random_double())
        vals.append(rng.randint(-10**6, 10**6) / 64)
    for _ in range(200):
        n = rng.randint(0, 20)
        vals.append(''.join(chr(rng.choice([rng.randrange(0x80), rng.randrange(0x100),
                    rng.randrange(0xd800), rng.randrange(0x10000, 0x110000)])) for _ in range(n)))
        vals.append(bytes(rng.randrange(256) for _ in range(rng.randint(0, 20))))
    for _ in range(100):
        vals.append(tuple(rng.choice([rng.randint(-1000, 1000), 'k%d' % rng.randint(0, 99),
                                      rng.random(), (rng.randint(0, 9),)])
                          for _ in range(rng.randint(0, 6))))
    vals = [v for v in vals if v == v]  # no NaN: its hash is its identity
    return vals

def set_cases():
    """(name, ops): ops is a list of ['add'|'discard', value]; golden = final iteration order."""
    cases = []
    cases.append(('literal', [['add', v] for v in [5, 1, 100]]))
    cases.append(('small ints', [['add', v] for v in range(20)]))
    cases.append(('reversed', [['add', v] for v in range(40, 0, -1)]))
    cases.append(('multiples of 8', [['add', v * 8] for v in range(30)]))
    cases.append(('powers of two', [['add', 2 ** v] for v in range(70)]))
    cases.append(('negatives', [['add', -v] for v in range(30)]))
    cases.append(('big ints', [['add', 2 ** 61 * k + k] for k in range(25)]))
    cases.append(('strs', [['add', w] for w in
                  'the quick brown fox jumps over the lazy dog again and again'.split()]))
    cases.append(('many strs', [['add', 'k%d' % i] for i in range(200)]))
    cases.append(('unicode strs', [['add', s] for s in ['é', 'ü', '\u1234', '\U0001F600',
                                                           'a', 'ab', 'é1', '\u4e2d\u6587']]))
    cases.append(('mixed', [['add', v] for v in [1, 'a', 2.5, (1, 2), b'x', None, True, 1.0,
                                                 0, False, 'b', -7, 3 + 0j, 1e100]]))
    ops = [['add', i] for i in range(50)] + [['discard', i] for i in range(0, 50, 3)] + \
          [['add', i] for i in range(100, 130)]
    cases.append(('growth and deletion', ops))
    ops = [['add', v] for v in [1, 9, 17, 25]] + [['discard', 9]] + [['add', 33], ['add', 9]]
    cases.append(('dummy reuse', ops))
    ops = [['add', 'w%d' % i] for i in range(30)] + [['discard', 'w%d' % i] for i in range(25)] \
        + [['add', 'v%d' % i] for i in range(10)]
    cases.append(('str churn', ops))
    ops = []
    for i in range(300):
        ops.append(['add', rng.randint(-500, 500)])
        if i % 4 == 0:
            ops.append(['discard', rng.randint(-500, 500)])
    cases.append(('random churn', ops))
    ops = [['add', rng.randint(0, 2 ** 64)] for _ in range(100)]
    cases.append(('random big', ops))
    return cases

def run_ops(ops):
    s = set()
    for op, v in ops:
        if op == 'add': s.add(v)
        else: s.discard(v)
    return s

def gen_seeded():
    seed = os.environ['PYTHONHASHSEED']
    hashes = [[enc(v), str(hash(v))] for v in hash_values()]
    sets = []
    for name, ops in set_cases():
        s = run_ops(ops)
        sets.append({'name': name, 'ops': [[op, enc(v)] for op, v in ops],
                     'order': [enc(v) for v in s], 'frozenHash': str(hash(frozenset(s))),
                     'frozenOrder': [enc(v) for v in frozenset(s)]})
    # Sets built from other sets (set_merge) and frozensets from a list.
    merged = []
    for src in [list(range(10)), ['a', 'b', 'c', 'd', 'e'], list(range(0, 200, 7))]:
        a = set(src)
        for v in list(src)[::2]:
            a.discard(v)
        b = set(a)
        c = {10 ** 6}
        c.update(a)
        merged.append({'src': [enc(v) for v in src], 'copy': [enc(v) for v in b],
                       'update': [enc(v) for v in c]})
    write('seed%s.json' % seed, {'seed': int(seed), 'hashes': hashes, 'sets': sets,
                                  'merged': merged})

def gen_exceptions():
    import ast
    out = []
    def enc_ast(node):
        if isinstance(node, ast.Call):
            return {'t': 'call', 'f': node.func.id, 'args': [enc_ast(a) for a in node.args]}
        if isinstance(node, ast.List):
            return {'t': 'list', 'v': [enc_ast(a) for a in node.elts]}
        return enc(ast.literal_eval(node))
    def rec(expr):
        e = eval(expr)
        d = {'expr': expr, 'call': enc_ast(ast.parse(expr, mode='eval').body),
             'type': type(e).__name__, 'repr': repr(e), 'str': str(e),
             'args': repr(e.args)}
        for attr in ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'msg',
                     'errno', 'strerror', 'filename2', 'value', 'code', 'name', 'path',
                     'start', 'end', 'reason', 'encoding', 'object', 'message']:
            if hasattr(e, attr):
                d.setdefault('attrs', {})[attr] = repr(getattr(e, attr))
        out.append(d)
    for expr in [
        "ValueError()", "ValueError('x')", "ValueError('x', 2)", "ValueError(1)",
        "KeyError('k')", "KeyError()", "KeyError('a', 'b')", "KeyError(1)",
        "TypeError(\"it's\")", "StopIteration()", "StopIteration(5)",
        "SyntaxError('bad', ('f.py', 3, 4, 'x = (', 3, 5))",
        "SyntaxError('bad', ('/a/b/f.py', 3, 4, 'x', None, None))",
        "SyntaxError('bad')", "SyntaxError()", "IndentationError('unexpected indent')",
        "SyntaxError('bad', (None, 3, 4, 'x'))", "SyntaxError('bad', ('f.py', None, 4, 'x'))",
        "OSError()", "OSError('x')", "OSError(2, 'No such file or directory')",
        "OSError(2, 'No such file or directory', 'a.txt')",
        "OSError(13, 'Permission denied', 'a', None, 'b')", "OSError(1, 2, 3, 4, 5, 6)",
        "OSError(99, 'Other')", "OSError(17, 'exists', 'd')", "FileNotFoundError('x')",
        "OSError(11, 'again')", "OSError(110, 'timeout')", "OSError(32, 'pipe')",
        "ImportError('no module')", "ImportError()", "ImportError('a', 'b')",
        "ModuleNotFoundError(\"No module named 'x'\")",
        "UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 1, 'invalid start byte')",
        "UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 2, 'invalid')",
        "UnicodeEncodeError('ascii', '\\xe9x', 0, 1, 'ordinal not in range(128)')",
        "UnicodeEncodeError('ascii', '\\u1234', 0, 1, 'r')",
        "UnicodeEncodeError('ascii', '\\U0001F600', 0, 1, 'r')",
        "UnicodeEncodeError('ascii', 'abc', 0, 3, 'r')",
        "UnicodeTranslateError('\\xe9', 0, 1, 'r')",
        "SystemExit()", "SystemExit(3)", "SystemExit('bye', 2)",
        "NameError(\"name 'x' is not defined\")", "AttributeError('no attr')",
        "ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
        "BaseExceptionGroup('one', [KeyboardInterrupt()])",
        "ExceptionGroup('one', [ValueError(1)])", "Warning('w')", "UserWarning('u', 1)",
        "RecursionError('maximum recursion depth exceeded')", "ZeroDivisionError('division by zero')",
        "KeyError(('a', 1))", "ValueError(ValueError('inner'))", "EOFError()",
    ]:
        rec(expr)
    hier = []
    import builtins
    for name in dir(builtins):
        t = getattr(builtins, name)
        if isinstance(t, type) and issubclass(t, BaseException):
            hier.append([name, t.__name__, [b.__name__ for b in t.__mro__]])
    write('exceptions.json', {'cases': out, 'hierarchy': hier})

CODE_SNIPPETS = [
    "x = 1\n",
    "def f(a, b):\n    x = (a +\n         b)\n    if x: return [i for i in range(3)]\n    return None\n",
    "try:\n    import os\nexcept ImportError as e:\n    print(e)\nfinally:\n    y = 2\n",
    "def g():\n    for i in range(10):\n        try:\n            yield i\n        except Exception:\n            pass\n",
    "with open('f') as f, open('g') as g:\n    print(f.read(), g.read())\n",
    "async def h():\n    async with a as b:\n        await c\n    async for i in d:\n        pass\n",
    "x = [\n  1,\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n  2]\n" + "y = 3\n",
    "def k(*a, **kw):\n    def inner():\n        return a, kw\n    return inner\n",
    "s = '" + "x" * 300 + "'; t = s + s\n" + "u = (1,\n" + "     2)\n" * 1,
    "class C:\n    def m(self):\n        return __class__\n",
    "match p:\n    case [1, 2, *r]: pass\n    case {'a': b}: pass\n    case _: pass\n",
]

def walk_codes(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk_codes(c)

def gen_code():
    out = []
    for src in CODE_SNIPPETS:
        top = compile(src, 'snippet.py', 'exec')
        for co in walk_codes(top):
            kinds = []
            import _opcode
            out.append({
                'name': co.co_name, 'qualname': co.co_qualname,
                'firstlineno': co.co_firstlineno, 'code': co.co_code.hex(),
                'linetable': co.co_linetable.hex(), 'exceptiontable': co.co_exceptiontable.hex(),
                'lines': [list(x) for x in co.co_lines()],
                'positions': [list(x) for x in co.co_positions()],
                'excTable': [[e.start, e.end, e.target, e.depth, e.lasti]
                             for e in dis._parse_exception_table(co)],
                'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars),
                'freevars': list(co.co_freevars), 'nlocals': co.co_nlocals,
                'flags': co.co_flags,
                'addr2line': [[off, l] for off, l in
                              ((o, next((ln for (s, e, ln) in co.co_lines() if s <= o < e), None))
                               for o in range(0, len(co.co_code), 2))],
            })
    write('code.json', out)

FORMAT_SPECS = ['.0f', '.1f', '.2f', '.3f', '.10f', 'f', '.20f', '.0e', '.1e', '.3e', 'e', '.16e',
                '.25e', '.0g', '.1g', '.2g', '.3g', 'g', '.10g', '.17g', '#.0f', '#.0e', '#g',
                '#.3g', '+.2f', '+g', 'z.1f', 'z.0e', '.3', '', '.12', 'E', 'F', 'G', '#.2G',
                '+.3e', '.1']

def spec_args(spec):
    # (code, precision, flags) for PyOS_double_to_string, as formatter_unicode.c derives them
    flags = 0
    i = 0
    while i < len(spec) and spec[i] in '+#z':
        flags |= {'+': 1, '#': 4, 'z': 8}[spec[i]]
        i += 1
    rest = spec[i:]
    code = rest[-1] if rest and rest[-1].isalpha() else ''
    prec = rest[:-1] if code else rest
    prec = int(prec[1:]) if prec.startswith('.') else -1
    if code == '':
        flags |= 2
        code = 'r'
        if prec >= 0:
            code = 'g'
    if prec < 0:
        prec = 6 if code != 'r' else 0
    return code, prec, flags

def gen_formats():
    vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e22, 1e23, 5e-324, 123456.789, 0.0001, 1e-5,
            9.995, 9.9999995, 0.05, 0.15, 0.25, 0.35, -0.0, 0.0, float('inf'), float('-inf'),
            float('nan'), 1e16, 999999.5, 9999995.0, 0.95, -0.04, -0.5, 1e300, 1.7976931348623157e308,
            2.2250738585072014e-308, 100.0, 1234567.0, 0.1, 1/3, 2/3, 1e-300, 12.5, 13.5, -2.5]
    for _ in range(150):
        vals.append(random_double())
        vals.append(rng.uniform(-1000, 1000))
        vals.append(rng.randint(-10**5, 10**5) / 8)
    out = []
    for v in vals:
        for spec in FORMAT_SPECS:
            code, prec, flags = spec_args(spec)
            out.append([fbits(v), code, prec, flags, format(v, spec)])
    write('formats.json', out)

def gen_dicts():
    cases = []
    ops_list = [
        [['set', 'a', 1], ['set', 'b', 2], ['set', 'a', 3]],
        [['set', 1, 'int'], ['set', 1.0, 'float'], ['set', True, 'bool'], ['set', 1 + 0j, 'c']],
        [['set', 'x', 1], ['set', 'y', 2], ['del', 'x'], ['set', 'x', 3]],
        [['set', (1, 2), 'a'], ['set', (1.0, 2), 'b'], ['set', frozenset({1}), 'c'],
         ['set', b'k', 'd'], ['set', None, 'e'], ['set', 2 ** 70, 'f'], ['set', 2.0 ** 70, 'g'],
         ['set', 0.5, 'h'], ['set', -0.0, 'i'], ['set', 0, 'j'], ['del', (1, 2)],
         ['set', (1, 2), 'k']],
        [['set', 'k%d' % i, i] for i in range(40)] + [['del', 'k%d' % i] for i in range(0, 40, 3)],
    ]
    for ops in ops_list:
        d = {}
        for op in ops:
            if op[0] == 'set':
                d[op[1]] = op[2]
            else:
                del d[op[1]]
        cases.append({'ops': [[op[0]] + [enc(x) for x in op[1:]] for op in ops], 'repr': repr(d)})
    write('dicts.json', cases)

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    if len(sys.argv) > 1 and sys.argv[1] == '--seeded':
        gen_seeded()
        sys.exit(0)
    gen_reprs()
    gen_exceptions()
    gen_code()
    gen_dicts()
    gen_formats()
    for seed in ['0', '1', '12345']:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, __file__, '--seeded'], env=env, check=True)
    print('goldens written to', os.path.normpath(OUT))
