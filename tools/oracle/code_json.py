"""The --code-json dump of CPython 3.13: one JSON object per code object, depth first in
co_consts order from the module. `ceval --code-json FILE` must print the same bytes.

    PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3.13 tools/oracle/code_json.py FILE.py|FILE.pyc
    ... code_json.py --batch [--dis] < list-of-files   # one JSON result per input line

FILE.py is compiled with compile(source, FILE, 'exec'); FILE.pyc is read with marshal.loads.
Batch mode (used by tools/conformance/compile.mjs) answers each path on stdin (or
"SOURCE<TAB>PYC": py_compile SOURCE into PYC, then load PYC) with a line
{"file": path, "codejson": text, "dis": text-of-`-m dis -C -O`, "error": message-or-null}.
"""
import sys, json, marshal, io, dis, py_compile

assert sys.version_info[:2] == (3, 13), "run with python3.13"


def const_repr(c):
    if hasattr(c, 'co_code'):
        return f'<code {c.co_qualname}>'
    return repr(c)


def code_json_lines(co):
    out = []

    def walk(c):
        out.append(json.dumps({
            'qualname': c.co_qualname,
            'firstlineno': c.co_firstlineno,
            'flags': c.co_flags,
            'argcount': c.co_argcount,
            'posonlyargcount': c.co_posonlyargcount,
            'kwonlyargcount': c.co_kwonlyargcount,
            'stacksize': c.co_stacksize,
            'code': c.co_code.hex(),
            'consts': [const_repr(k) for k in c.co_consts],
            'names': list(c.co_names),
            'varnames': list(c.co_varnames),
            'cellvars': list(c.co_cellvars),
            'freevars': list(c.co_freevars),
            'linetable': c.co_linetable.hex(),
            'exceptiontable': c.co_exceptiontable.hex(),
        }))
        for k in c.co_consts:
            if hasattr(k, 'co_code'):
                walk(k)

    walk(co)
    return ''.join(line + '\n' for line in out)


def load(path):
    with open(path, 'rb') as f:
        data = f.read()
    if path.endswith('.pyc'):
        return marshal.loads(data[16:])
    return compile(data, path, 'exec')


def dis_text(co, show_caches=True, show_offsets=True):
    buf = io.StringIO()
    dis.dis(co, file=buf, show_caches=show_caches, show_offsets=show_offsets)
    return buf.getvalue()


def main():
    args = sys.argv[1:]
    if args and args[0] == '--batch':
        want_dis = '--dis' in args
        for line in sys.stdin:
            path = line.rstrip('\n')
            if not path:
                continue
            pyc = None
            if '\t' in path:  # "SOURCE<TAB>PYC": compile SOURCE to PYC first, then read PYC
                path, pyc = path.split('\t', 1)
            res = {'file': path, 'codejson': None, 'dis': None, 'error': None}
            try:
                if pyc is not None:
                    py_compile.compile(path, cfile=pyc, dfile=path, doraise=True)
                co = load(pyc if pyc is not None else path)
                res['codejson'] = code_json_lines(co)
                if want_dis:
                    res['dis'] = dis_text(co)
            except BaseException as e:  # a SyntaxError in the corpus is a result, not a crash
                res['error'] = f'{type(e).__name__}: {e}'
            sys.stdout.write(json.dumps(res) + '\n')
            sys.stdout.flush()
        return
    for path in args:
        sys.stdout.write(code_json_lines(load(path)))


if __name__ == '__main__':
    main()
