"""Goldens for core/test/dis*.test.ts and marshal*.test.ts, recorded from python3.13.

    cd /work/main && PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3.13 tools/oracle/dis_goldens.py

For each core/test/golden/dis/src/NAME.py:
  golden/pyc/NAME.pyc          py_compile'd with dfile='NAME.py' (the fixture ceval loads)
  golden/dis/NAME.dis          `python3.13 -m dis NAME.py`
  golden/dis/NAME.dis-CO       `python3.13 -m dis -C -O NAME.py`
  golden/dis/NAME.codejson     tools/oracle/code_json.py on the .pyc
  golden/dis/NAME.info.json    dis.code_info and dis.get_instructions of every code object
And golden/pyc/marshal.json: marshal.dumps of many values at versions 0-4, with repr().
"""
import sys, os, io, json, subprocess, py_compile, marshal, dis, glob

assert sys.version_info[:2] == (3, 13), "run with python3.13"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(ROOT, 'core', 'test', 'golden')
SRC = os.path.join(GOLD, 'dis', 'src')
sys.path.insert(0, HERE)
from code_json import code_json_lines  # noqa: E402

ENV = dict(os.environ, PYTHONHASHSEED='0')


def run_dis(name, *flags):
    return subprocess.run([sys.executable, '-m', 'dis', *flags, name], cwd=SRC, env=ENV,
                          check=True, capture_output=True, text=True).stdout


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk(c)


def simple(v):
    # argval as comparable text: ints and strs (constants, names, offsets); other kinds None.
    if isinstance(v, bool) or not isinstance(v, (int, str)):
        return None
    return ('int:' if isinstance(v, int) else 'str:') + str(v)


def info(co):
    out = []
    for c in walk(co):
        instrs = []
        for ins in dis.get_instructions(c):
            instrs.append({
                'opname': ins.opname, 'opcode': ins.opcode, 'arg': ins.arg,
                'argval': simple(ins.argval), 'argrepr': ins.argrepr, 'offset': ins.offset,
                'start_offset': ins.start_offset, 'starts_line': ins.starts_line,
                'line_number': ins.line_number, 'label': ins.label,
                'positions': list(ins.positions),
                'cache_info': None if ins.cache_info is None else
                [[n, s, d.hex()] for n, s, d in ins.cache_info],
            })
        out.append({'qualname': c.co_qualname, 'code_info': dis.code_info(c),
                    'instructions': instrs})
    return out


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def programs():
    for src in sorted(glob.glob(os.path.join(SRC, '*.py'))):
        name = os.path.basename(src)
        stem = name[:-3]
        pyc = os.path.join(GOLD, 'pyc', stem + '.pyc')
        py_compile.compile(src, cfile=pyc, dfile=name, doraise=True)
        with open(pyc, 'rb') as f:
            co = marshal.loads(f.read()[16:])
        with open(src, 'rb') as f:
            assert code_json_lines(compile(f.read(), name, 'exec')) == code_json_lines(co)
        write(os.path.join(GOLD, 'dis', stem + '.dis'), run_dis(name))
        write(os.path.join(GOLD, 'dis', stem + '.dis-CO'), run_dis(name, '-C', '-O'))
        write(os.path.join(GOLD, 'dis', stem + '.codejson'), code_json_lines(co))
        write(os.path.join(GOLD, 'dis', stem + '.info.json'), json.dumps(info(co), separators=(',', ':')))
        print('wrote', stem)


class Shared:
    pass


def marshal_cases():
    shared = 'shared-string-object'
    shared_t = (1, 2, 'x')
    code = compile('def f(a, *, b=2):\n    return a + b\nx = [f(1)]\n', 'm.py', 'exec')
    values = [
        None, True, False, ..., 0, 1, -1, 255, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
        2**62, 2**63, -2**64 + 1, 10**40, -(10**100), 1.5, -0.0, 1e-300, float('inf'),
        float('-inf'), 1 / 3, 2.5j, complex(1, -2), complex(float('inf'), 0), '', 'a',
        'ascii text', 'x' * 300, 'caf\u00e9', '\u4e2d\u6587', '\U0001f600 astral',
        '\udc80 lone', b'', b'\x00\xffbytes', (), (1,), tuple(range(300)),
        (shared, shared, shared_t, shared_t), [1, [2, 'three']], {'a': 1, 2: (3,)},
        set(), {1, 2, 3}, frozenset(), frozenset({'a', 'b', 7}), StopIteration,
        {frozenset({1}): [None, ...]}, code,
    ]
    cases = []
    for v in values:
        for version in range(0, 5):
            try:
                data = marshal.dumps(v, version)
            except ValueError:
                continue
            cases.append({'version': version, 'hex': data.hex(), 'repr': repr(v),
                          'codejson': code_json_lines(v) if hasattr(v, 'co_code') else None})
    errors = []
    for bad in [b'', b'i\x01', b'\x01', b'(\x02\x00\x00\x00N', b'r\x05\x00\x00\x00',
                b'l\x01\x00\x00\x00\xff\xff']:
        try:
            marshal.loads(bad)
            errors.append({'hex': bad.hex(), 'error': None})
        except Exception as e:
            errors.append({'hex': bad.hex(), 'error': type(e).__name__, 'message': str(e)})
    return {'cases': cases, 'errors': errors}


ADAPTIVE_SRC = '''
def work(n):
    total = 0
    items = [1, 2, 3]
    for i in range(n):
        total = total + i * 2
        if i < len(items):
            total += items[i]
        total -= len(str(i))
    return total
'''


def adaptive():
    """A function quickened by running it: its bytes, its quickened bytes, and dis output."""
    ns = {}
    exec(compile(ADAPTIVE_SRC, 'adaptive.py', 'exec'), ns)
    f = ns['work']
    for _ in range(50):
        f(100)
    co = f.__code__
    out = {'marshal': marshal.dumps(co).hex(), 'adaptive_code': co._co_code_adaptive.hex()}
    for key, caches in (('dis', False), ('dis_caches', True)):
        buf = io.StringIO()
        # dis reads the quickened bytes live; give it the snapshot taken above.
        dis.disassemble(co, file=buf, adaptive=True, show_caches=caches)
        out[key] = buf.getvalue()
    assert bytes.fromhex(out['adaptive_code']) == co._co_code_adaptive
    return out


JSON_STRINGS = ['', 'plain', 'quote " and \\ backslash', 'tab\tnl\ncr\rbs\bff\f',
                '\x00\x01\x1f\x7f\x80\xff', 'caf\u00e9 \u4e2d \U0001f600', '\ud800 lone',
                '\udfff\ud800', '</script>', '\u2028\u2029']


def main():
    programs()
    write(os.path.join(GOLD, 'dis', 'json-strings.json'),
          json.dumps([[s, json.dumps(s)] for s in JSON_STRINGS]))
    write(os.path.join(GOLD, 'dis', 'adaptive.json'), json.dumps(adaptive(), indent=0))
    write(os.path.join(GOLD, 'pyc', 'marshal.json'), json.dumps(marshal_cases(), indent=0))
    print('wrote marshal.json')


if __name__ == '__main__':
    main()
