"""Generate core/src/opcode.ts from python3.13's opcode tables, and check it has not drifted.

Usage (from /work/main):
    PYENV_VERSION=3.13.0 python3.13 tools/oracle/gen_opcode.py           # write opcode.ts + golden
    PYENV_VERSION=3.13.0 python3.13 tools/oracle/gen_opcode.py --check   # exit 1 on drift

Data comes from Lib/opcode.py, Lib/_opcode_metadata.py, Lib/dis.py and the C module _opcode.
Stack effects are written as CPython's (num_popped, num_pushed) formulas of
Include/internal/pycore_opcode_metadata.h; this script verifies every opcode x oparg
(-300..300) x jump (None/False/True) against dis.stack_effect before writing anything.
"""
import sys, os, json, dis, opcode, _opcode, _opcode_metadata as meta

assert sys.version_info[:2] == (3, 13), "run with python3.13"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'core', 'src', 'opcode.ts')
OUT_META = os.path.join(ROOT, 'core', 'src', 'opcode-metadata.generated.ts')
GOLDEN = os.path.join(ROOT, 'core', 'test', 'golden', 'opcode.json')

# (popped, pushed) for every opcode whose effect depends on oparg; the rest have a constant
# effect taken from dis.stack_effect itself.  Expressions use Python syntax that is also valid
# TypeScript for 32-bit ints (`&`, `>>`), plus `(oparg == 3 ? 1 : 0)` written as a helper.
FORMULAS = {
    'BUILD_CONST_KEY_MAP': ('1 + oparg', '1'),
    'BUILD_LIST': ('oparg', '1'),
    'BUILD_SET': ('oparg', '1'),
    'BUILD_STRING': ('oparg', '1'),
    'BUILD_TUPLE': ('oparg', '1'),
    'BUILD_MAP': ('oparg * 2', '1'),
    'BUILD_SLICE': ('2 + EQ3', '1'),
    'CALL': ('2 + oparg', '1'),
    'CALL_KW': ('3 + oparg', '1'),
    'CALL_FUNCTION_EX': ('3 + (oparg & 1)', '1'),
    'COPY': ('1 + (oparg - 1)', '2 + (oparg - 1)'),
    'SWAP': ('2 + (oparg - 2)', '2 + (oparg - 2)'),
    'LOAD_ATTR': ('1', '1 + (oparg & 1)'),
    'LOAD_GLOBAL': ('0', '1 + (oparg & 1)'),
    'LOAD_SUPER_ATTR': ('3', '1 + (oparg & 1)'),
    'INSTRUMENTED_LOAD_SUPER_ATTR': ('3', '1 + (oparg & 1)'),
    'RAISE_VARARGS': ('oparg', '0'),
    'UNPACK_EX': ('1', '1 + (oparg >> 8) + (oparg & 0xFF)'),
    'UNPACK_SEQUENCE': ('1', 'oparg'),
    'LIST_APPEND': ('2 + (oparg - 1)', '1 + (oparg - 1)'),
    'SET_ADD': ('2 + (oparg - 1)', '1 + (oparg - 1)'),
    'LIST_EXTEND': ('2 + (oparg - 1)', '1 + (oparg - 1)'),
    'SET_UPDATE': ('2 + (oparg - 1)', '1 + (oparg - 1)'),
    'DICT_MERGE': ('5 + (oparg - 1)', '4 + (oparg - 1)'),
    'DICT_UPDATE': ('2 + (oparg - 1)', '1 + (oparg - 1)'),
    'MAP_ADD': ('3 + (oparg - 1)', '1 + (oparg - 1)'),
    'RERAISE': ('1 + oparg', 'oparg'),
}
# Pseudo-instructions whose effect differs when the jump (to the handler) is taken.
JUMP_EFFECT = {'SETUP_FINALLY': 1, 'SETUP_CLEANUP': 2, 'SETUP_WITH': 1}

ALL_OPS = sorted(list(meta.opmap.items()) + list(meta._specialized_opmap.items()),
                 key=lambda kv: kv[1])
SPECIALIZED = set(meta._specialized_opmap)
MAX_OP = max(meta.opmap.values())


def py_eval(expr, oparg):
    return eval(expr.replace('EQ3', '(1 if oparg == 3 else 0)'), {'oparg': oparg})


def real_effect(op, oparg, jump):
    try:
        return dis.stack_effect(op, oparg, jump=jump)
    except ValueError:
        return None


def model():
    """Per valid opcode: ('const', c) or ('formula', popped, pushed)."""
    out = {}
    for name, op in ALL_OPS:
        if name in SPECIALIZED or not _opcode.is_valid(op):
            continue
        if name in FORMULAS:
            out[op] = ('formula',) + FORMULAS[name]
        else:
            out[op] = ('const', dis.stack_effect(op, 0, jump=False))
    return out


def model_effect(m, op, oparg, jump):
    if op not in m:
        return None
    kind = m[op]
    if kind[0] == 'const':
        eff = kind[1]
    else:
        popped, pushed = py_eval(kind[1], oparg), py_eval(kind[2], oparg)
        if popped < 0 or pushed < 0:
            return None
        eff = pushed - popped
    name = opcode.opname[op]
    if name in JUMP_EFFECT:
        if jump is None:
            return max(eff, JUMP_EFFECT[name])
        return JUMP_EFFECT[name] if jump else eff
    return eff


def verify(m):
    bad = 0
    for op in range(-1, MAX_OP + 40):
        for oparg in range(-300, 301):
            for jump in (None, False, True):
                want = real_effect(op, oparg, jump)
                got = model_effect(m, op, oparg, jump)
                if want != got:
                    bad += 1
                    if bad < 20:
                        print(f'MISMATCH op={op} oparg={oparg} jump={jump}: '
                              f'dis={want} model={got}', file=sys.stderr)
    if bad:
        sys.exit(f'{bad} stack-effect mismatches')


def ts_list(items, per_line=8, indent='  '):
    parts = [json.dumps(x) for x in items]
    lines, cur = [], []
    for p in parts:
        cur.append(p)
        if len(', '.join(cur)) > 90:
            cur.pop()
            lines.append(indent + ', '.join(cur) + ',')
            cur = [p]
    if cur:
        lines.append(indent + ', '.join(cur) + ',')
    return '\n'.join(lines)


def generate(m):
    """Returns (opcode.ts, opcode-metadata.generated.ts): numbers and hot tables in the first,
    the name tables dis and the opcode module need in the second."""
    main_lines, meta_lines = [], []
    o = main_lines
    w = lambda line: o.append(line)  # noqa: E731
    meta_lines += [
        '// GENERATED by tools/oracle/gen_opcode.py from python3.13 (opcode, _opcode_metadata, dis,',
        '// _opcode). Do not edit: rerun the script; `--check` fails when this file has drifted.',
        '// The name tables of Lib/opcode.py and Lib/_opcode_metadata.py (3.13); the numbers, hot',
        '// per-opcode arrays and stack effects are in opcode.ts, which re-exports this file.',
        '',
    ]
    w('// GENERATED by tools/oracle/gen_opcode.py from python3.13 (opcode, _opcode_metadata, dis,')
    w('// _opcode). Do not edit: rerun the script; `--check` fails when this file has drifted.')
    w('// Mirrors Lib/opcode.py, Lib/_opcode_metadata.py and the stack-effect tables of')
    w('// Include/internal/pycore_opcode_metadata.h (3.13).')
    w('')
    w('/**')
    w(' * Every opcode number of CPython 3.13: real instructions, their specialised forms')
    w(' * (PEP 659), the instrumented forms and the compiler-only pseudo-instructions (>= 256).')
    w(' * A `const enum`, so `switch (op)` in the eval loop compiles to integer cases.')
    w(' * @see Include/opcode_ids.h')
    w(' */')
    w('export const enum Op {')
    for name, op in ALL_OPS:
        w(f'  {name} = {op},')
    w('}')
    w('')
    w(f'/** Opcodes below this take no argument (their oparg byte is ignored). */')
    w(f'export const HAVE_ARGUMENT = {meta.HAVE_ARGUMENT};')
    w(f'/** First INSTRUMENTED_* opcode (sys.monitoring). */')
    w(f'export const MIN_INSTRUMENTED_OPCODE = {meta.MIN_INSTRUMENTED_OPCODE};')
    w(f'/** Pseudo-instructions (JUMP, SETUP_FINALLY, ...) start here; they never reach bytecode. */')
    w(f'export const MIN_PSEUDO_OPCODE = 256;')
    w(f'/** Number of entries in the per-opcode tables below (max opcode + 1). */')
    w(f'export const NUM_OPCODES = {MAX_OP + 1};')
    w('/** CPython\'s PY_INVALID_STACK_EFFECT (INT_MAX): what `stackEffect` returns for a bad pair. */')
    w('export const INVALID_STACK_EFFECT = 0x7fffffff;')
    w('')
    w("export * from './opcode-metadata.generated.js';")
    w('')
    o = meta_lines
    w('/** `opcode.opname`: base names, `<N>` for unused numbers. @see Lib/opcode.py */')
    w('export const opname: readonly string[] = [')
    w(ts_list(opcode.opname))
    w('];')
    w('')
    w('/** `dis._all_opname`: like `opname` but naming the specialised opcodes too. */')
    w('export const allOpname: readonly string[] = [')
    w(ts_list(dis._all_opname))
    w('];')
    w('')
    w('/** `opcode.opmap`: name -> number for real, instrumented and pseudo opcodes. */')
    w('export const opmap: Readonly<Record<string, number>> = {')
    for name, op in opcode.opmap.items():
        w(f'  {name}: {op},')
    w('};')
    w('')
    w('/** `_opcode_metadata._specialized_opmap`: the PEP 659 specialisations. */')
    w('export const specializedOpmap: Readonly<Record<string, number>> = {')
    for name, op in meta._specialized_opmap.items():
        w(f'  {name}: {op},')
    w('};')
    w('')
    w('/** `opcode._specializations`: each adaptive instruction and its specialised family. */')
    w('export const specializations: Readonly<Record<string, readonly string[]>> = {')
    for name, fam in opcode._specializations.items():
        w(f'  {name}: [')
        w(ts_list(fam, indent='    '))
        w('  ],')
    w('};')
    w('')
    o = main_lines
    deopt = list(range(MAX_OP + 1))
    for base, fam in opcode._specializations.items():
        for s in fam:
            deopt[meta._specialized_opmap[s]] = opcode.opmap[base]
    w('/** `_PyOpcode_Deopt`: opcode -> the base instruction it specialises (itself if none). */')
    w('export const deopt: Uint16Array = Uint16Array.from([')
    w(ts_list(deopt))
    w(']);')
    w('')
    o = meta_lines
    w('/** `opcode._cache_format`: the named fields of each instruction\'s inline cache. */')
    w('export const cacheFormat: Readonly<Record<string, readonly (readonly [string, number])[]>> = {')
    for name, fmt in opcode._cache_format.items():
        items = ', '.join(f"['{k}', {v}]" for k, v in fmt.items())
        if len(items) + len(name) > 90:
            w(f'  {name}: [')
            for k, v in fmt.items():
                w(f"    ['{k}', {v}],")
            w('  ],')
        else:
            w(f'  {name}: [{items}],')
    w('};')
    w('')
    w('/** `opcode._inline_cache_entries`: 16-bit CACHE units after each instruction, by name. */')
    w('export const inlineCacheEntries: Readonly<Record<string, number>> = {')
    for name, n in opcode._inline_cache_entries.items():
        w(f'  {name}: {n},')
    w('};')
    w('')
    o = main_lines
    caches = [opcode._inline_cache_entries.get(dis._all_opname[deopt[op]], 0)
              for op in range(MAX_OP + 1)]
    w('/** `_PyOpcode_Caches` by number (specialised opcodes share their base\'s size). */')
    w('export const cacheSize: Uint8Array = Uint8Array.from([')
    w(ts_list(caches))
    w(']);')
    w('')
    preds = [('ARG', 'has_arg'), ('CONST', 'has_const'), ('NAME', 'has_name'),
             ('JUMP', 'has_jump'), ('FREE', 'has_free'), ('LOCAL', 'has_local'),
             ('EXC', 'has_exc')]
    w('/** Bits of `opFlags`, one per `_opcode.has_*` predicate. */')
    w('export const enum OpFlag {')
    for i, (n, _) in enumerate(preds):
        w(f'  {n} = {1 << i},')
    w('}')
    flags = []
    for op in range(MAX_OP + 1):
        f = 0
        for i, (_, fn) in enumerate(preds):
            if getattr(_opcode, fn)(op):
                f |= 1 << i
        flags.append(f)
    w('/** Per-opcode `OpFlag` bits, for O(1) tests in hot code. @see Lib/opcode.py has_* */')
    w('export const opFlags: Uint8Array = Uint8Array.from([')
    w(ts_list(flags))
    w(']);')
    w('')
    o = meta_lines
    for lname in ('hasarg', 'hasconst', 'hasname', 'hasjump', 'hasfree', 'haslocal', 'hasexc',
                  'hascompare'):
        w(f'/** `opcode.{lname}`. */')
        w(f'export const {lname}: readonly number[] = [')
        w(ts_list(getattr(opcode, lname)))
        w('];')
    w('/** `opcode.hasjrel`: every 3.13 jump is relative. */')
    w('export const hasjrel: readonly number[] = hasjump;')
    w('/** `opcode.hasjabs`: empty since 3.12. */')
    w('export const hasjabs: readonly number[] = [];')
    w('')
    w('')
    o = main_lines
    w('/** `opcode.cmp_op`: COMPARE_OP\'s operator, indexed by `oparg >> 5`. */')
    w("export const cmpOp: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];")
    w('')
    w('/** BINARY_OP\'s oparg values (`NB_ADD` ...). @see Include/internal/pycore_opcode_utils.h */')
    w('export const enum NbOp {')
    for i, (n, _) in enumerate(opcode._nb_ops):
        w(f'  {n[3:]} = {i},')
    w('}')
    o = meta_lines
    w('/** `opcode._nb_ops`: (name, symbol) for each BINARY_OP oparg. */')
    w('export const nbOps: readonly (readonly [string, string])[] = [')
    for n, s in opcode._nb_ops:
        w(f"  ['{n}', '{s}'],")
    w('];')
    w('')
    o = main_lines
    for k, descs in ((1, opcode._intrinsic_1_descs), (2, opcode._intrinsic_2_descs)):
        w(f'/** CALL_INTRINSIC_{k}\'s oparg values. @see Include/internal/pycore_intrinsics.h */')
        w(f'export const enum Intrinsic{k} {{')
        for i, n in enumerate(descs):
            w(f'  {n} = {i},')
        w('}')
        o = meta_lines
        w(f'/** `opcode._intrinsic_{k}_descs`. */')
        w(f'export const intrinsic{k}Descs: readonly string[] = [')
        w(ts_list(descs))
        w('];')
        w('')
        o = main_lines
    valid = [1 if (op in m) else 0 for op in range(MAX_OP + 1)]
    w('const VALID: Uint8Array = Uint8Array.from([')
    w(ts_list(valid))
    w(']);')
    w('')
    w('/**')
    w(' * Whether `op` is an opcode `stackEffect` accepts: real, instrumented or pseudo, but not a')
    w(' * specialised form. @see Modules/_opcode.c _opcode_is_valid (minus specialisations)')
    w(' */')
    w('export function isValidOpcode(op: number): boolean {')
    w('  return op >= 0 && op < NUM_OPCODES && VALID[op] === 1;')
    w('}')
    w('')

    def ts_expr(e):
        return e.replace('EQ3', '(oparg === 3 ? 1 : 0)')

    w('// Net effects of the instructions whose effect does not depend on oparg; the others are')
    w('// marked VARIABLE and computed by numPopped/numPushed.')
    w('const VARIABLE = 127;')
    w('const CONST_EFFECT: Int8Array = Int8Array.from([')
    w(ts_list([(m[op][1] if m[op][0] == 'const' else 127) if op in m else 0
               for op in range(MAX_OP + 1)]))
    w(']);')
    w('')
    w('/**')
    w(' * Values popped by an oparg-dependent `op` (-1 for the others; may be negative for')
    w(' * nonsense opargs, which `stackEffect` rejects).')
    w(' * @see Include/internal/pycore_opcode_metadata.h _PyOpcode_num_popped')
    w(' */')
    w('export function numPopped(op: number, oparg: number): number {')
    w('  switch (op) {')
    for op, kind in sorted(m.items()):
        if kind[0] == 'formula':
            w(f'    case Op.{opcode.opname[op]}: return {ts_expr(kind[1])};')
    w('    default: return -1;')
    w('  }')
    w('}')
    w('')
    w('/**')
    w(' * Values pushed by an oparg-dependent `op` (-1 for the others).')
    w(' * @see Include/internal/pycore_opcode_metadata.h _PyOpcode_num_pushed')
    w(' */')
    w('export function numPushed(op: number, oparg: number): number {')
    w('  switch (op) {')
    for op, kind in sorted(m.items()):
        if kind[0] == 'formula':
            w(f'    case Op.{opcode.opname[op]}: return {ts_expr(kind[2])};')
    w('    default: return -1;')
    w('  }')
    w('}')
    w('')
    w('/**')
    w(' * Net stack effect of `op` with `oparg`, as `dis.stack_effect(op, oparg, jump=jump)`:')
    w(' * `jump` true/false picks the branch taken / not taken, null or undefined the maximum.')
    w(' * Returns INVALID_STACK_EFFECT where CPython raises ValueError.')
    w(' * @see Python/compile.c PyCompile_OpcodeStackEffectWithJump')
    w(' */')
    w('export function stackEffect(op: number, oparg = 0, jump: boolean | null = null): number {')
    w('  if (!isValidOpcode(op)) return INVALID_STACK_EFFECT;')
    w('  oparg |= 0; // a C int')
    w('  let effect: number;')
    w('  effect = CONST_EFFECT[op];')
    w('  if (effect === VARIABLE) {')
    w('    const popped = numPopped(op, oparg);')
    w('    const pushed = numPushed(op, oparg);')
    w('    if (popped < 0 || pushed < 0) return INVALID_STACK_EFFECT;')
    w('    effect = pushed - popped;')
    w('  }')
    w('  // Only the SETUP_* pseudo-instructions push something when their jump is taken: the')
    w('  // exception handler starts with the exception (and, for cleanup, lasti) on the stack.')
    w('  let onJump: number;')
    w('  switch (op) {')
    for n, v in JUMP_EFFECT.items():
        w(f'    case Op.{n}: onJump = {v}; break;')
    w('    default: return effect;')
    w('  }')
    w('  if (jump === null) return Math.max(effect, onJump);')
    w('  return jump ? onJump : effect;')
    w('}')
    w('')
    return '\n'.join(main_lines), '\n'.join(meta_lines)


def golden():
    """Raw CPython data for core/test/opcode.test.ts."""
    opargs = list(range(0, 41)) + [255, 256, 257, 300, 511, 65535, -1, -2, -5]
    eff = {}
    for op in range(-1, MAX_OP + 3):
        row = []
        for jump in (None, False, True):
            row.append([real_effect(op, a, jump) for a in opargs])
        eff[str(op)] = row
    return {
        'opname': opcode.opname, 'allOpname': dis._all_opname, 'opmap': opcode.opmap,
        'specializedOpmap': meta._specialized_opmap,
        'specializations': opcode._specializations,
        'deopt': {n: dis.deoptmap.get(n, n) for n in dis._all_opmap},
        'inlineCacheEntries': opcode._inline_cache_entries,
        'cacheFormat': opcode._cache_format,
        'hasarg': opcode.hasarg, 'hasconst': opcode.hasconst, 'hasname': opcode.hasname,
        'hasjump': opcode.hasjump, 'hasfree': opcode.hasfree, 'haslocal': opcode.haslocal,
        'hasexc': opcode.hasexc, 'hascompare': opcode.hascompare,
        'cmpOp': opcode.cmp_op, 'nbOps': opcode._nb_ops,
        'intrinsic1': opcode._intrinsic_1_descs, 'intrinsic2': opcode._intrinsic_2_descs,
        'HAVE_ARGUMENT': meta.HAVE_ARGUMENT,
        'MIN_INSTRUMENTED_OPCODE': meta.MIN_INSTRUMENTED_OPCODE,
        'stackEffectOpargs': opargs, 'stackEffect': eff,
    }


def main():
    m = model()
    verify(m)
    ts, ts_meta = generate(m)
    gold = json.dumps(golden(), separators=(',', ':'))
    outputs = {OUT: ts, OUT_META: ts_meta, GOLDEN: gold}
    if '--check' in sys.argv:
        for path, text in outputs.items():
            cur = open(path).read() if os.path.exists(path) else ''
            if cur != text:
                sys.exit(f'{path} has drifted from python3.13: rerun gen_opcode.py')
        print('opcode tables are up to date')
        return
    os.makedirs(os.path.dirname(GOLDEN), exist_ok=True)
    for path, text in outputs.items():
        with open(path, 'w') as f:
            f.write(text)
        print('wrote', path)


if __name__ == '__main__':
    main()
