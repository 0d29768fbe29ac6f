# Records modules/test/golden/sre.golden.json.gz from python3.13: for a corpus of patterns and
# subjects, what re._compiler hands to _sre.compile (captured by wrapping _sre.compile) and
# what the resulting Pattern answers (match, fullmatch, search, findall, finditer, split,
# sub, subn with literal, template and callable replacements, Match attributes and reprs).
# ceval's tests feed the same code lists to its own _sre.compile and compare every answer.
#   PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3.13 tools/oracle/sre_goldens.py
# The corpus: sre_corpus.py beside this file (every opcode and flag), CPython's
# Lib/test/re_tests.py, and the re.match/search/... calls Lib/test/test_re.py makes.
import os, sys
# This folder holds a tokenize.py: keep it off sys.path before anything imports tokenize.
sys.path[:] = [d for d in sys.path
               if os.path.abspath(d or '.') != os.path.dirname(os.path.abspath(__file__))]
import gzip, io, json, re, unittest, contextlib  # noqa: E402
import _sre  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# Gzipped (mtime 0, so the bytes are reproducible): the JSON is 3.5 MB, the archive a tenth.
OUT = os.path.join(HERE, '..', '..', 'modules', 'test', 'golden', 'sre.golden.json.gz')
# The corpus is loaded by its path (this folder is not on sys.path).
_spec = __import__('importlib.util').util.spec_from_file_location(
    'sre_corpus', os.path.join(HERE, 'sre_corpus.py'))
_corpus = __import__('importlib.util').util.module_from_spec(_spec)
_spec.loader.exec_module(_corpus)
CORPUS = _corpus.CORPUS

captured = []
real_compile = _sre.compile
real_template = _sre.template


def spy_compile(pattern, flags, code, groups, groupindex, indexgroup):
    captured.append((pattern, flags, list(code), groups, dict(groupindex), indexgroup))
    return real_compile(pattern, flags, code, groups, groupindex, indexgroup)


templates = []


def spy_template(pattern, template):
    templates.append(list(template))
    return real_template(pattern, template)


def enc(v):
    """Python value -> JSON, as the test decodes it."""
    if v is None or isinstance(v, (bool, int)) and not isinstance(v, bool):
        return v
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {'b': v.decode('latin-1')}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {'d': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, re.Match):
        return enc_match(v)
    raise TypeError(type(v))


def enc_match(m):
    return {'m': {
        'regs': [list(r) for r in m.regs], 'lastindex': m.lastindex,
        'lastgroup': m.lastgroup, 'groups': enc(m.groups()), 'group0': enc(m.group(0)),
        'groupdict': enc(m.groupdict()), 'repr': repr(m), 'pos': m.pos, 'endpos': m.endpos,
    }}


def attempt(f):
    try:
        return enc(f())
    except Exception as e:  # what ceval must raise too
        return {'err': type(e).__name__, 'msg': str(e)}


def callable_repl(m):
    g = m.group(0)
    return ('<%s>' % g) if isinstance(g, str) else b'<' + g + b'>'


def compile_case(pattern, flags):
    captured.clear()
    try:
        re._cache.clear() if hasattr(re, '_cache') else None
        re._cache2.clear() if hasattr(re, '_cache2') else None
        p = re.compile(pattern, flags)
    except Exception:
        return None, None
    if not captured:
        return None, None
    pat, fl, code, groups, gi, ig = captured[-1]
    return p, {'pattern': enc(pat), 'flags': fl, 'code': code, 'groups': groups,
               'groupindex': [[k, v] for k, v in gi.items()], 'indexgroup': enc(ig)}


def template_of(p, repl):
    templates.clear()
    re._compile_template.cache_clear()
    try:
        re._compile_template(p, repl)
    except Exception:
        return None
    return [enc(x) for x in templates[-1]] if templates else None


def run_case(pattern, flags, subjects, repls):
    p, comp = compile_case(pattern, flags)
    if p is None:
        return None
    isb = isinstance(pattern, bytes)
    case = {'compile': comp, 'repr': repr(p), 'subjects': []}
    tmpls = {}
    for r in repls:
        if isinstance(r, bytes) != isb:
            continue
        t = template_of(p, r)
        if t is not None or b'\\' not in (r if isb else r.encode()):
            tmpls[r] = t
    case['templates'] = [[enc(r), t] for r, t in tmpls.items()]
    for s in subjects:
        if isinstance(s, bytes) != isb:
            continue
        n = len(s)
        res = {
            'match': attempt(lambda: p.match(s)),
            'fullmatch': attempt(lambda: p.fullmatch(s)),
            'search': attempt(lambda: p.search(s)),
            'search_pos': attempt(lambda: p.search(s, 1, n - 1)),
            'match_pos': attempt(lambda: p.match(s, 1)),
            'findall': attempt(lambda: p.findall(s)),
            'finditer': attempt(lambda: [m.span() for m in p.finditer(s)]),
            'split': attempt(lambda: p.split(s)),
            'split1': attempt(lambda: p.split(s, 1)),
            'subn_call': attempt(lambda: p.subn(callable_repl, s)),
        }
        m = p.search(s)
        for r in tmpls:
            key = r.decode('latin-1') if isb else r
            res['subn:' + key] = attempt(lambda: p.subn(r, s))
            res['sub2:' + key] = attempt(lambda: p.sub(r, s, 2))
            if m is not None:
                res['expand:' + key] = attempt(lambda: m.expand(r))
        case['subjects'].append([enc(s), res])
    return case


def test_re_calls():
    """The module-level re calls Lib/test/test_re.py makes: (pattern, flags, subject)."""
    calls = []
    names = ['match', 'search', 'fullmatch', 'findall', 'finditer', 'split', 'sub', 'subn']
    saved = {n: getattr(re, n) for n in names}

    def wrap(name):
        f = saved[name]

        def g(*args, **kw):
            try:
                if name in ('sub', 'subn'):
                    pat, s = args[0], args[2]
                else:
                    pat, s = args[0], args[1]
                flags = kw.get('flags', 0)
                if isinstance(pat, (str, bytes)) and type(s) in (str, bytes) \
                        and isinstance(flags, int) and len(s) < 200:
                    calls.append((pat, int(flags), s))
            except Exception:
                pass
            return f(*args, **kw)
        return g
    for n in names:
        setattr(re, n, wrap(n))
    try:
        from test import test_re
        suite = unittest.defaultTestLoader.loadTestsFromModule(test_re)
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    finally:
        for n in names:
            setattr(re, n, saved[n])
    return calls


def main():
    _sre.compile = spy_compile
    _sre.template = spy_template
    groups = {}  # (pattern, flags) -> subjects, in first-seen order

    def add(pattern, flags, subjects):
        key = (type(pattern).__name__, pattern, flags)
        lst = groups.setdefault(key, [])
        for s in subjects:
            if s not in lst and len(lst) < 8:
                lst.append(s)
    for pattern, flags, subjects in CORPUS:
        add(pattern, flags, subjects)
    from test import re_tests
    for t in re_tests.tests:
        if len(t) >= 3 and t[2] in (re_tests.SUCCEED, re_tests.FAIL):
            add(t[0], 0, [t[1]])
    for pattern, flags, s in test_re_calls():
        add(pattern, flags, [s])
    repls = ['X', r'<\g<0>>', r'[\1]', r'\g<1>\g<1>', b'X', rb'<\g<0>>', rb'[\1]']
    cases = []
    for (kind, pattern, flags), subjects in groups.items():
        c = run_case(pattern, flags, subjects, repls)
        if c is not None:
            cases.append(c)
    _sre.compile = real_compile
    _sre.template = real_template
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    text = json.dumps({'magic': _sre.MAGIC, 'cases': cases}, ensure_ascii=True,
                      separators=(',', ':')) + '\n'
    with open(OUT, 'wb') as f:
        f.write(gzip.compress(text.encode('ascii'), 9, mtime=0))
    print('wrote', OUT, len(cases), 'patterns',
          sum(len(c['subjects']) for c in cases), 'subjects')


main()
