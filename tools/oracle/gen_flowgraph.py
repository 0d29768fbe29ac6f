"""Golden generator for the compiler back end (core/src/compiler/flowgraph.ts, assemble.ts).

For each program, records what CPython 3.13's code generator hands to the back end (the
module unit's instruction sequence and metadata, from _testinternalcapi.compiler_codegen)
and what the back end makes of it (the module code object from compile()). The tests feed
the first to optimizeAndAssemble and compare with the second, so they need no Python.

Run: PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13 tools/oracle/gen_flowgraph.py
"""
import ast, dis, json, os, sys, glob
import _testinternalcapi as T

assert sys.version_info[:2] == (3, 13), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'core', 'test', 'golden')
LIB = os.path.dirname(os.__file__)

def enc(v):
    """A constant as type-tagged JSON (nested code objects become opaque names)."""
    t = type(v)
    if v is None: return {'t': 'None'}
    if v is Ellipsis: return {'t': 'Ellipsis'}
    if t is bool: return {'t': 'bool', 'v': v}
    if t is int: return {'t': 'int', 'v': str(v)}
    if t is float: return {'t': 'float', 'v': v.hex()}
    if t is complex: return {'t': 'complex', 'v': [v.real.hex(), v.imag.hex()]}
    if t is str:
        return {'t': 'str', 'v': [ord(c) for c in v]} if any(
            0xD800 <= ord(c) < 0xE000 for c in v) else {'t': 'str', 's': v}
    if t is bytes: return {'t': 'bytes', 'v': v.hex()}
    if t is tuple: return {'t': 'tuple', 'v': [enc(x) for x in v]}
    if t is frozenset: return {'t': 'frozenset', 'v': [enc(x) for x in v]}
    if t is slice: return {'t': 'slice', 'v': [enc(v.start), enc(v.stop), enc(v.step)]}
    if t is type(enc.__code__): return {'t': 'code', 'v': v.co_qualname,
                                        'line': v.co_firstlineno}
    raise TypeError(t)

def unkey(k):
    # compiler_codegen's metadata holds _PyCode_ConstantKey keys: non-str/int values are
    # wrapped as (type, value, ...) or (keys, value); the value is always element 1.
    return k[1] if type(k) is tuple else k

class Placeholder:
    """Stands for a constant whose value the codegen metadata of a nested unit does not give."""
    def __init__(self, i): self.i = i
    def __repr__(self): return f'<const {self.i}>'

CODE = type(enc.__code__)
CONST_OPS = {dis.opmap['LOAD_CONST'], dis.opmap['RETURN_CONST']}

def reconstruct_consts(instrs, co):
    """The pre-optimisation consts of a nested unit, recovered by running CPython's own
    optimiser on placeholders and reading the survivors off the final co_consts. Constants
    the optimiser dropped stay opaque; None when the mapping is not consistent."""
    n = 1 + max([a for op, a, *_ in instrs if op in CONST_OPS] + [0])
    ph = [Placeholder(i) for i in range(n)]
    lst = list(ph)
    opt = T.optimize_cfg(build_seq(instrs), lst, 0)
    if len(lst) != len(co.co_consts):
        return None
    # Placeholders are truthy and not None: if a dropped constant's value mattered, the
    # surviving instructions differ from CPython's, and the unit is left out.
    if opcode_profile(opt.get_instructions()) != opcode_profile(
            [(i.opcode,) for i in dis.get_instructions(co)]):
        return None
    values = [None] * n
    known = [False] * n
    def assign(p, v):
        if isinstance(p, Placeholder):
            if known[p.i] and values[p.i] is not v and values[p.i] != v:
                raise ValueError
            values[p.i], known[p.i] = v, True
        elif type(p) is tuple and type(v) is tuple and len(p) == len(v):
            for a, b in zip(p, v): assign(a, b)
        else:
            raise ValueError
    try:
        for p, v in zip(lst, co.co_consts): assign(p, v)
    except ValueError:
        return None
    return [enc(v) if k else {'t': 'opaque'} for v, k in zip(values, known)]

SKIP = {dis.opmap[n] for n in ('NOP', 'EXTENDED_ARG', 'MAKE_CELL', 'COPY_FREE_VARS',
                                 'RETURN_GENERATOR', 'POP_BLOCK', 'SETUP_FINALLY',
                                 'SETUP_CLEANUP', 'SETUP_WITH')} | set(dis.hasjump)
SAME = {dis.opmap['LOAD_CLOSURE']: dis.opmap['LOAD_FAST'],
        dis.opmap['LOAD_FAST_CHECK']: dis.opmap['LOAD_FAST'],
        dis.opmap['STORE_FAST_MAYBE_NULL']: dis.opmap['STORE_FAST']}

LF, SF = dis.opmap['LOAD_FAST'], dis.opmap['STORE_FAST']
SPLIT = {dis.opmap['LOAD_FAST_LOAD_FAST']: (LF, LF), dis.opmap['STORE_FAST_LOAD_FAST']: (SF, LF),
         dis.opmap['STORE_FAST_STORE_FAST']: (SF, SF)}

def opcode_profile(instrs):
    ops = []
    for t in instrs:
        if t[0] in SKIP: continue
        ops.extend(SPLIT.get(t[0], (SAME.get(t[0], t[0]),)))
    if any(t[0] == dis.opmap['RETURN_GENERATOR'] for t in instrs):
        ops.remove(dis.opmap['POP_TOP'])
    return sorted(ops)

def build_seq(instrs):
    seq = T.new_instruction_sequence()
    labels = {}
    from opcode import _nb_ops
    targets = {a for op, a, *_ in instrs if op in HAS_TARGET}
    for t in sorted(targets): labels[t] = seq.new_label()
    for i, (op, a, l, el, c, ec) in enumerate(instrs):
        if i in labels: seq.use_label(labels[i])
        seq.addop(op, labels[a] if op in HAS_TARGET else (0 if a is None else a), l, el, c, ec)
    if len(instrs) in labels: seq.use_label(labels[len(instrs)])
    return seq

HAS_TARGET = set(dis.hasjump) | {dis.opmap[n] for n in ('SETUP_FINALLY', 'SETUP_CLEANUP',
                                                          'SETUP_WITH')}

STATS = [0, 0]  # nested units left out, kept

def nested_records(name, seq, co, filename, out):
    codes = [c for c in co.co_consts if type(c) is CODE]
    nested = seq.get_nested()
    if len(codes) != len(nested):
        return
    for nseq, nco in zip(nested, codes):
        instrs = nseq.get_instructions()
        consts = reconstruct_consts(instrs, nco)
        STATS[consts is not None] += 1
        if consts is not None:
            nargs = nco.co_argcount - nco.co_posonlyargcount
            cells = sorted(c for c in nco.co_cellvars if c not in ('__class__', '__classdict__'))
            cells += [c for c in ('__class__', '__classdict__') if c in nco.co_cellvars]
            frees = sorted(nco.co_freevars)
            out.append({
                'name': f'{name}:{nco.co_qualname}:{nco.co_firstlineno}', 'filename': filename,
                'instrs': [[op, -1 if a is None else a, l, el, c, ec]
                           for op, a, l, el, c, ec in instrs],
                'md': {'name': nco.co_name, 'qualname': nco.co_qualname, 'consts': consts,
                       'names': list(nco.co_names), 'varnames': list(nco.co_varnames),
                       'cellvars': cells, 'freevars': frees, 'freeoffset': len(cells),
                       'argcount': nargs, 'posonlyargcount': nco.co_posonlyargcount,
                       'kwonlyargcount': nco.co_kwonlyargcount,
                       'firstlineno': nco.co_firstlineno},
                'flags': nco.co_flags, 'code': code_fields(nco),
            })
        nested_records(name, nseq, nco, filename, out)

def code_fields(co):
    return {
        'co_code': co.co_code.hex(), 'co_linetable': co.co_linetable.hex(),
        'co_exceptiontable': co.co_exceptiontable.hex(),
        'co_stacksize': co.co_stacksize, 'co_flags': co.co_flags,
        'co_nlocals': co.co_nlocals, 'co_consts': [enc(c) for c in co.co_consts],
        'co_names': list(co.co_names), 'co_varnames': list(co.co_varnames),
        'co_cellvars': list(co.co_cellvars), 'co_freevars': list(co.co_freevars),
        'co_firstlineno': co.co_firstlineno, 'co_name': co.co_name,
        'co_qualname': co.co_qualname, 'co_argcount': co.co_argcount,
    }

def record(name, src, filename, nested=None):
    tree = ast.parse(src, filename)
    seq, md = T.compiler_codegen(tree, filename, 0, 0)
    co = compile(src, filename, 'exec', dont_inherit=True)
    consts = [None] * len(md['consts'])
    for k, i in md['consts'].items():
        consts[i] = enc(unkey(k))
    def names(d):
        out = [None] * len(d)
        for k, i in d.items(): out[i] = k
        return out
    if nested is not None:
        nested_records(name, seq, co, filename, nested)
    return {
        'name': name, 'filename': filename,
        'instrs': [[op, -1 if arg is None else arg, l, el, c, ec]
                   for op, arg, l, el, c, ec in seq.get_instructions()],
        'md': {'name': md['name'], 'consts': consts, 'names': names(md['names']),
               'varnames': names(md['varnames']), 'cellvars': names(md['cellvars']),
               'freevars': names(md['freevars']), 'argcount': md['argcount'],
               'posonlyargcount': md['posonlyargcount'],
               'kwonlyargcount': md['kwonlyargcount'], 'firstlineno': 1},
        'flags': co.co_flags,
        'code': code_fields(co),
    }

def snippets():
    path = os.path.join(HERE, 'flowgraph_snippets.py')
    text = open(path).read()
    out = []
    for i, chunk in enumerate(text.split('\n# ---\n')):
        title = chunk.split('\n', 1)[0].lstrip('# ').strip() or f'snippet {i}'
        out.append((title, chunk))
    return out

def stdlib(limit):
    files = sorted(glob.glob(os.path.join(LIB, '*.py')))
    picked = []
    for f in files:
        try:
            src = open(f, encoding='utf-8').read()
            compile(src, f, 'exec', dont_inherit=True)
        except Exception:
            continue
        picked.append((os.path.relpath(f, LIB), src))
        if len(picked) >= limit: break
    return picked

def dump(name, cases):
    with open(os.path.join(OUT, name), 'w') as fh:
        json.dump(cases, fh, separators=(',', ':'))

def main():
    nested = []
    cases = [record(t, s, 'snippet.py', nested) for t, s in snippets()]
    dump('flowgraph-snippets.json', cases)
    dump('flowgraph-snippets-nested.json', nested)
    lib = stdlib(int(os.environ.get('FG_LIMIT', '400')))
    libcases = [record(n, s, n) for n, s in lib]
    dump('flowgraph-stdlib.json', libcases)
    # Function and class units of a slice of the stdlib (the whole would be ~40 MB).
    nested_lib = []
    for n, s in lib[::int(os.environ.get('FG_NESTED_STRIDE', '6'))]:
        record(n, s, n, nested_lib)
    dump('flowgraph-stdlib-nested.json', nested_lib)
    print(len(cases), 'snippets,', len(nested), 'nested;', len(libcases), 'stdlib modules,',
          len(nested_lib), 'nested; left out (constants not recoverable):', STATS[0])

def whole_stdlib(path):
    """Every module of Lib (tests excluded), all units, as JSON lines: a conformance run
    (tools/oracle/flowgraph_conformance.mjs), too big to commit."""
    n = 0
    with open(path, 'w') as fh:
        for f in sorted(glob.glob(os.path.join(LIB, '**', '*.py'), recursive=True)):
            rel = os.path.relpath(f, LIB)
            if '/test' in '/' + rel or 'site-packages' in rel or 'idle_test' in rel:
                continue
            try:
                src = open(f, encoding='utf-8').read()
                compile(src, f, 'exec', dont_inherit=True)
            except Exception:
                continue
            nested = []
            top = record(rel, src, rel, nested)
            for c in [top] + nested:
                fh.write(json.dumps(c, separators=(',', ':')) + '\n')
                n += 1
    print(n, 'units;', 'left out (constants not recoverable):', STATS[0])

def some_files(path, files):
    """All units of the given files (absolute names), as JSON lines."""
    with open(path, 'w') as fh:
        for f in files:
            f = os.path.abspath(f)
            nested = []
            top = record(f, open(f, encoding='utf-8').read(), f, nested)
            for c in [top] + nested:
                fh.write(json.dumps(c, separators=(',', ':')) + '\n')

if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--all':
        whole_stdlib(sys.argv[2])
    elif len(sys.argv) > 3 and sys.argv[1] == '--files':
        some_files(sys.argv[2], sys.argv[3:])
    else:
        main()
