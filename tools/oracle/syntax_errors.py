"""Goldens for the SyntaxError corpus: core/test/cases/syntax-errors/*.py ->
core/test/golden/syntax-errors/*.json.

Run with PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13. For each case it records:
  expect: "parse-ok" if running it raises no SyntaxError (nothing else is recorded then);
  stage: "compile" if ast.parse accepts it but compile() rejects it (symtable/compiler errors,
         which the parser harness does not own);
  otherwise type, msg, lineno, offset, end_lineno, end_offset, text as the SyntaxError raised
  when python3.13 runs the file (what `ceval case.py` must match), the same fields from
  compile(bytes) under "compile", and the exact stderr of `python3.13 case.py` (cwd = the
  cases folder, so the File line shows the bare file name).
"""
import ast, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = os.path.join(ROOT, 'core/test/cases/syntax-errors')
GOLDEN = os.path.join(ROOT, 'core/test/golden/syntax-errors')

HOOK = '''
import sys, json
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        sys.stderr.write('\\x00ATTRS' + json.dumps([type(e).__name__, e.msg, e.filename, e.lineno,
            e.offset, e.end_lineno, e.end_offset, e.text]) + '\\n')
    sys.__excepthook__(t, e, tb)
sys.excepthook = hook
'''


def fields(e):
    return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}


def run(name, hookdir):
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0', PYTHONPATH=hookdir,
               PYTHONIOENCODING='utf-8', TERM='dumb', NO_COLOR='1')
    r = subprocess.run(['python3.13', name], cwd=CASES, env=env, capture_output=True,
                       timeout=60)
    err = r.stderr.decode('utf-8', 'backslashreplace')
    attrs = None
    lines = []
    for line in err.splitlines(keepends=True):
        if line.startswith('\x00ATTRS'):
            attrs = json.loads(line[6:])
        else:
            lines.append(line)
    return attrs, ''.join(lines)


def main():
    os.makedirs(GOLDEN, exist_ok=True)
    hookdir = tempfile.mkdtemp()
    with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
        f.write(HOOK)
    for path in sorted(glob.glob(os.path.join(CASES, '*.py'))):
        name = os.path.basename(path)
        with open(path, 'rb') as f:
            data = f.read()
        g = {}
        # The run decides: compile() of bytes is laxer about encodings than running a file.
        attrs, stderr = run(name, hookdir)
        if attrs is None:
            g['expect'] = 'parse-ok'
        else:
            try:
                compile(data, name, 'exec')
            except SyntaxError as e:
                g['compile'] = fields(e)
                try:
                    ast.parse(data, name)
                    g['stage'] = 'compile'
                except SyntaxError:
                    pass
            t, msg, fn, lineno, offset, end_lineno, end_offset, text = attrs
            # python3.13 makes the script path absolute; goldens hold the bare file name.
            prefix = CASES + os.sep
            if fn is not None:
                fn = fn.replace(prefix, '')
            msg = msg.replace(prefix, '')
            stderr = stderr.replace(prefix, '')
            g.update({'type': t, 'msg': msg, 'filename': fn, 'lineno': lineno,
                      'offset': offset, 'end_lineno': end_lineno, 'end_offset': end_offset,
                      'text': text, 'stderr': stderr})
        with open(os.path.join(GOLDEN, name[:-3] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')


def fuzz(path, n, seed):
    """Local check data: n mutated stdlib snippets with compile()'s SyntaxError fields (or None)."""
    import importlib.util, random, sysconfig, textwrap
    spec = importlib.util.spec_from_file_location(
        'tokenize_oracle', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tokenize.py'))
    tok = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tok)
    rnd = random.Random(seed)
    files = sorted(glob.glob(os.path.join(sysconfig.get_path('stdlib'), '*.py')))
    out = []
    while len(out) < n:
        lines = tok.read_text(rnd.choice(files)).splitlines(keepends=True)
        if not lines:
            continue
        a = rnd.randrange(len(lines))
        text = textwrap.dedent(''.join(lines[a:a + rnd.randint(1, 15)]))
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randrange(len(text) + 1)
            if rnd.random() < 0.3 and text:
                text = text[:i] + text[i + rnd.randint(1, 3):]
            else:
                text = text[:i] + rnd.choice(tok.PIECES) + text[i:]
        if not text or '\0' in text or '\r' in text:
            continue
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                compile(text, 'x.py', 'exec')
                err = None
            except SyntaxError as e:
                err = fields(e)
        out.append({'src': text, 'error': err})
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False)


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'fuzz':
        fuzz(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
