"""Golden token streams from CPython 3.13's tokenize module (the C tokenizer, extra tokens).

Usage (run with PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13):
  tokenize.py cases            core/test/cases/tokenize/*.py -> core/test/golden/tokenize/*.json
  tokenize.py sweep OUTDIR     every stdlib .py -> OUTDIR/<n>.json plus OUTDIR/index.json
  tokenize.py pmsweep FILE K I  parser-mode streams of every K-th stdlib file from the I-th
  tokenize.py fuzz FILE N SEED  N mutated stdlib snippets with the C tokenizer's parser-mode
                                tokens (_tokenize.TokenizerIter, extra_tokens=False) or error
Each golden holds the tokens as [exact type name, string, [line, col], [end line, end col]]
(columns in characters, as tokenize gives them) or, if tokenize raised, the error.
"""
import os, sys
# This file is itself named tokenize.py: keep its folder off the path so the stdlib module loads.
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != _here]
import io, json, sysconfig, glob, tokenize
from token import tok_name

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tokens_of(text):
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(text, newline='').readline):
            out.append([tok_name[t.exact_type], t.string, list(t.start), list(t.end)])
    except SyntaxError as e:
        return {'tokens': out, 'error': [type(e).__name__, e.msg, e.lineno, e.offset]}
    except tokenize.TokenError as e:
        msg, (lineno, offset) = e.args
        return {'tokens': out, 'error': ['TokenError', msg, lineno, offset]}
    return {'tokens': out}


def read_text(path):
    with open(path, 'rb') as f:
        data = f.read()
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(enc)


def cases():
    src = os.path.join(ROOT, 'core/test/cases/tokenize')
    dst = os.path.join(ROOT, 'core/test/golden/tokenize')
    os.makedirs(dst, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(src, '*.py'))):
        g = tokens_of(read_text(path))
        name = os.path.basename(path)[:-3] + '.json'
        with open(os.path.join(dst, name), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=0)
            f.write('\n')


def sweep(outdir):
    os.makedirs(outdir, exist_ok=True)
    stdlib = sysconfig.get_path('stdlib')
    files = sorted(glob.glob(os.path.join(stdlib, '**', '*.py'), recursive=True))
    index = []
    for i, path in enumerate(files):
        try:
            text = read_text(path)
        except Exception:
            continue
        g = tokens_of(text)
        g['path'] = path
        with open(os.path.join(outdir, '%d.json' % i), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False)
        index.append([i, path])
    with open(os.path.join(outdir, 'index.json'), 'w') as f:
        json.dump(index, f)


def parser_mode(text):
    import _tokenize
    out = []
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False):
            out.append([t[0], t[1], list(t[2]), list(t[3])])
    except SyntaxError as e:
        return {'tokens': out, 'error': [type(e).__name__, e.msg, e.lineno, e.offset,
                                         e.end_lineno, e.end_offset, e.text]}
    return {'tokens': out}


PIECES = ['"', "'", '"' * 3, "'" * 3, '{', '}', '(', ')', '[', ']', '\\', '\n', '\t', ' ',
          '    ', 'f"', "f'", 'rb"', 'x', '0', '1_', '0x', '.', 'e', 'j', ':', '!', '=',
          '#', '\u00e9', '\u20ac', '\xa0', '\x0c', '\x01', '$', 'f"{', '}"', '{{', '}}',
          '\\N{', 'if ', 'else', '0o', '0b', '_', '\\\n', ';']


FSOUP = ['f"', "f'", 'rf"', 'f"""', '"', "'", '"""', '{', '}', '{{', '}}', 'x', '=', '!r',
         '!s', ':', '>10', '.2f', ' ', '\n', '\\', '\\n', '\\{', '\\N{DASH}', '(', ')', '[',
         ']', '1', '0x', 'a.b', '#c', 'lambda', ',', '==', '!=', ':=', 'b"', "u'", '\t', '    ',
         'if x:', '\u00e9', '%']


def fuzz(path, n, seed):
    import random
    rnd = random.Random(seed)
    stdlib = sysconfig.get_path('stdlib')
    files = sorted(glob.glob(os.path.join(stdlib, '*.py')))
    cases = []
    while len(cases) < n:
        if rnd.random() < 0.4:
            # Random soup of f-string and literal fragments.
            text = ''.join(rnd.choice(FSOUP) for _ in range(rnd.randint(3, 25))) + '\n'
            g = parser_mode(text)
            g['src'] = text
            cases.append(g)
            continue
        f = rnd.choice(files)
        lines = read_text(f).splitlines(keepends=True)
        if not lines:
            continue
        a = rnd.randrange(len(lines))
        text = ''.join(lines[a:a + rnd.randint(1, 12)])
        for _ in range(rnd.randint(0, 4)):
            i = rnd.randrange(len(text) + 1)
            if rnd.random() < 0.3 and text:
                text = text[:i] + text[i + rnd.randint(1, 3):]
            else:
                text = text[:i] + rnd.choice(PIECES) + text[i:]
        if not text or '\0' in text or '\r' in text:
            continue
        g = parser_mode(text)
        g['src'] = text
        cases.append(g)
    with open(path, 'w', encoding='utf-8') as out:
        json.dump(cases, out, ensure_ascii=False)


if __name__ == '__main__':
    if sys.argv[1] == 'cases':
        cases()
    elif sys.argv[1] == 'pmsweep':
        # Parser-mode streams of every K-th stdlib file, in the fuzz file format.
        stdlib = sysconfig.get_path('stdlib')
        files = sorted(glob.glob(os.path.join(stdlib, '**', '*.py'), recursive=True))
        out = []
        for f in files[int(sys.argv[4])::int(sys.argv[3])]:
            try:
                text = read_text(f)
            except Exception:
                continue
            g = parser_mode(text)
            g['src'] = text
            out.append(g)
        with open(sys.argv[2], 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False)
    elif sys.argv[1] == 'fuzz':
        fuzz(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        sweep(sys.argv[2])
