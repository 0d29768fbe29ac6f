"""Golden generator for unit tests of the back-end passes on hand-built instruction sequences
(core/test/flowgraph-units.test.ts): CPython 3.13's optimiser (_testinternalcapi.optimize_cfg)
and assembler (_testinternalcapi.assemble_code_object) run on the same sequences.

Run: PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13 tools/oracle/gen_flowgraph_units.py
"""
import json, os, sys, opcode
import _testinternalcapi as T
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_flowgraph import enc, code_fields, OUT

assert sys.version_info[:2] == (3, 13)
HAS_TARGET = set(opcode.hasjump) | {opcode.opmap[n] for n in ('SETUP_FINALLY', 'SETUP_CLEANUP',
                                                               'SETUP_WITH')}

def norm(insts):
    """Items: ('label', n) or (opname, arg, lineno[, end_lineno, col, end_col]); a jump's arg
    is a label number. Returns JSON rows [op, arg, l, el, c, ec] / ['label', n]."""
    rows = []
    for it in insts:
        if it[0] == 'label':
            rows.append(['label', it[1]])
            continue
        op = opcode.opmap[it[0]]
        arg = it[1] if it[1] is not None else 0
        loc = list(it[2:]) + [-1] * (4 - len(it[2:]))
        if len(it) == 3:  # a line only: columns unknown, as in CPython's own tests
            loc = [it[2], it[2], -1, -1]
        rows.append([op, arg] + loc)
    return rows

def seq_of(rows):
    seq = T.new_instruction_sequence()
    labels = {}
    for r in rows:
        if r[0] == 'label':
            labels.setdefault(r[1], seq.new_label())
    for r in rows:
        if r[0] == 'label':
            seq.use_label(labels[r[1]])
        else:
            op, arg, *loc = r
            seq.addop(op, labels[arg] if op in HAS_TARGET else arg, *loc)
    return seq

OPT = []
def opt(name, insts, consts, nlocals=0):
    rows = norm(insts)
    lst = list(consts)
    out = T.optimize_cfg(seq_of(rows), lst, nlocals)
    OPT.append({'name': name, 'insts': rows, 'consts': [enc(c) for c in consts],
                'nlocals': nlocals,
                'expect': [[op, 0 if a is None else a, *loc] for op, a, *loc in
                           out.get_instructions()],
                'expect_consts': [enc(c) for c in lst]})

ASM = []
def asm(name, insts, md):
    rows = norm(insts)
    full = {'name': 'f', 'qualname': 'f', 'consts': {}, 'names': {}, 'varnames': {},
            'cellvars': {}, 'freevars': {}, 'fasthidden': {}, 'argcount': 0,
            'posonlyargcount': 0, 'kwonlyargcount': 0, 'firstlineno': 1}
    full.update(md)
    co = T.assemble_code_object('unit.py', seq_of(rows), full)
    def names(d):
        return sorted(d, key=d.get)
    ASM.append({'name': name, 'insts': rows,
                'md': {'name': full['name'], 'qualname': full['qualname'],
                       'consts': [enc(k) for k in sorted(full['consts'],
                                                         key=full['consts'].get)],
                       'names': names(full['names']), 'varnames': names(full['varnames']),
                       'cellvars': names(full['cellvars']),
                       'freevars': names(full['freevars']),
                       'freeoffset': min(full['freevars'].values(), default=0),
                       'argcount': full['argcount'], 'posonlyargcount': full['posonlyargcount'],
                       'kwonlyargcount': full['kwonlyargcount'],
                       'firstlineno': full['firstlineno']},
                'code': code_fields(co)})

L = lambda n: ('label', n)

# ---- optimiser ----
opt('constant condition, jump never taken', [
    ('RESUME', 0, 1), ('LOAD_CONST', 0, 1), ('POP_JUMP_IF_FALSE', 1, 1),
    ('LOAD_NAME', 0, 2), ('POP_TOP', None, 2), L(1), ('LOAD_CONST', 1, 3),
    ('RETURN_VALUE', None, 3)], [True, None])
opt('constant condition, jump always taken', [
    ('RESUME', 0, 1), ('LOAD_CONST', 0, 1), ('POP_JUMP_IF_FALSE', 1, 1),
    ('LOAD_NAME', 0, 2), ('POP_TOP', None, 2), L(1), ('LOAD_CONST', 1, 3),
    ('RETURN_VALUE', None, 3)], [0, None])
opt('jump to a jump is threaded', [
    ('LOAD_NAME', 0, 1), ('POP_JUMP_IF_TRUE', 1, 1), ('LOAD_NAME', 1, 2),
    ('POP_TOP', None, 2), ('JUMP', 2, 2), L(1), ('JUMP', 3, 3), L(2), ('LOAD_NAME', 2, 4),
    ('POP_TOP', None, 4), L(3), ('LOAD_CONST', 0, 5), ('RETURN_VALUE', None, 5)], [None])
opt('None is x becomes POP_JUMP_IF_NONE', [
    ('LOAD_NAME', 0, 1), ('LOAD_CONST', 0, 1), ('IS_OP', 0, 1), ('TO_BOOL', None, 1),
    ('POP_JUMP_IF_TRUE', 1, 1), ('LOAD_NAME', 1, 2), ('POP_TOP', None, 2), L(1),
    ('LOAD_CONST', 0, 3), ('RETURN_VALUE', None, 3)], [None])
opt('x is not None with a false test', [
    ('LOAD_NAME', 0, 1), ('LOAD_CONST', 0, 1), ('IS_OP', 1, 1),
    ('POP_JUMP_IF_FALSE', 1, 1), ('LOAD_NAME', 1, 2), ('POP_TOP', None, 2), L(1),
    ('LOAD_CONST', 0, 3), ('RETURN_VALUE', None, 3)], [None])
opt('runs of swaps are optimised', [
    ('LOAD_NAME', 0, 1), ('LOAD_NAME', 1, 1), ('LOAD_NAME', 2, 1), ('SWAP', 3, 1),
    ('SWAP', 2, 1), ('SWAP', 3, 1), ('SWAP', 2, 1), ('BUILD_TUPLE', 3, 1),
    ('RETURN_VALUE', None, 1)], [])
opt('static swaps reorder stores', [
    ('LOAD_FAST', 0, 1), ('LOAD_FAST', 1, 1), ('SWAP', 2, 1), ('STORE_FAST', 0, 1),
    ('STORE_FAST', 1, 1), ('LOAD_CONST', 0, 2), ('RETURN_VALUE', None, 2)], [None], 2)
opt('static swap refused for the same local', [
    ('LOAD_FAST', 0, 1), ('LOAD_FAST', 1, 1), ('SWAP', 2, 1), ('STORE_FAST', 0, 1),
    ('STORE_FAST', 0, 1), ('LOAD_CONST', 0, 2), ('RETURN_VALUE', None, 2)], [None], 2)
opt('BUILD_TUPLE then UNPACK_SEQUENCE', [
    ('LOAD_NAME', 0, 1), ('LOAD_NAME', 1, 1), ('BUILD_TUPLE', 2, 1),
    ('UNPACK_SEQUENCE', 2, 1), ('STORE_NAME', 0, 1), ('STORE_NAME', 1, 1),
    ('LOAD_NAME', 0, 2), ('BUILD_TUPLE', 1, 2), ('UNPACK_SEQUENCE', 1, 2),
    ('STORE_NAME', 2, 2), ('LOAD_CONST', 0, 3), ('RETURN_VALUE', None, 3)], [None])
opt('tuple of constants folded, reusing an equal constant', [
    ('LOAD_CONST', 0, 1), ('LOAD_CONST', 1, 1), ('BUILD_TUPLE', 2, 1), ('STORE_NAME', 0, 1),
    ('LOAD_CONST', 2, 2), ('STORE_NAME', 1, 2), ('LOAD_CONST', 3, 3),
    ('RETURN_VALUE', None, 3)], [1, 2.5, (1, 2.5), None])
opt('double store to one local on one line', [
    ('LOAD_FAST', 0, 1), ('COPY', 1, 1), ('STORE_FAST', 1, 1), ('STORE_FAST', 1, 1),
    ('LOAD_FAST', 1, 2),
    ('RETURN_VALUE', None, 2)], [], 2)
opt('superinstructions, lines and large indices', [
    ('LOAD_FAST', 0, 1), ('LOAD_FAST', 1, 1), ('BINARY_OP', 0, 1), ('STORE_FAST', 2, 1),
    ('LOAD_FAST', 2, 1), ('LOAD_FAST', 17, 2), ('LOAD_FAST', 3, 3), ('LOAD_FAST', 4, 4),
    ('LOAD_FAST', 7, 4), ('STORE_FAST', 5, 5), ('STORE_FAST', 6, 5), ('BUILD_TUPLE', 2, 5),
    ('RETURN_VALUE', None, 5)], [], 0)
opt('possibly unbound locals get LOAD_FAST_CHECK', [
    ('LOAD_FAST', 0, 1), ('POP_JUMP_IF_FALSE', 1, 1), ('LOAD_CONST', 0, 2),
    ('STORE_FAST', 1, 2), L(1), ('LOAD_FAST', 1, 3), ('POP_TOP', None, 3),
    ('DELETE_FAST', 0, 4), ('LOAD_FAST', 0, 5), ('LOAD_FAST', 2, 5), ('BUILD_TUPLE', 2, 5),
    ('RETURN_VALUE', None, 5)], [None], 3)
opt('LOAD_FAST_CHECK for locals 32-63 and past 64', [
    ('LOAD_FAST', 40, 1), ('POP_TOP', None, 1), ('LOAD_FAST', 2, 1), ('STORE_FAST', 40, 1),
    ('LOAD_FAST', 40, 2), ('POP_JUMP_IF_FALSE', 1, 2), ('DELETE_FAST', 35, 3),
    ('LOAD_FAST', 33, 3), ('STORE_FAST', 50, 3), L(1), ('LOAD_FAST', 35, 4),
    ('LOAD_FAST', 50, 4), ('LOAD_FAST', 66, 5), ('STORE_FAST', 66, 5), ('LOAD_FAST', 66, 5),
    ('LOAD_FAST', 40, 6), ('BUILD_TUPLE', 4, 6), ('RETURN_VALUE', None, 6)], [None], 70)
opt('unreachable code after a return is dropped', [
    ('LOAD_CONST', 0, 1), ('RETURN_VALUE', None, 1), ('LOAD_NAME', 0, 2),
    ('POP_TOP', None, 2), ('LOAD_CONST', 1, 3), ('RETURN_VALUE', None, 3)], [None, 7])
opt('NOPs kept only for their line', [
    ('NOP', None, 1), ('NOP', None, 2), ('LOAD_NAME', 0, 2), ('POP_TOP', None, 2),
    ('NOP', None, 3), ('NOP', None, 4), ('LOAD_NAME', 0, 5), ('POP_TOP', None, 5),
    ('NOP', None, -1), ('LOAD_CONST', 0, 6), ('RETURN_VALUE', None, 6)], [None])
opt('bool-producing peepholes', [
    ('LOAD_NAME', 0, 1), ('LOAD_NAME', 1, 1), ('COMPARE_OP', 40, 1), ('TO_BOOL', None, 1),
    ('POP_TOP', None, 1), ('LOAD_NAME', 0, 2), ('UNARY_NOT', None, 2), ('UNARY_NOT', None, 2),
    ('POP_TOP', None, 2), ('LOAD_NAME', 0, 3), ('LOAD_NAME', 1, 3), ('IS_OP', 0, 3),
    ('UNARY_NOT', None, 3), ('POP_TOP', None, 3), ('LOAD_NAME', 0, 4),
    ('LOAD_NAME', 1, 4), ('CONTAINS_OP', 1, 4), ('TO_BOOL', None, 4), ('POP_TOP', None, 4),
    ('LOAD_NAME', 0, 5), ('TO_BOOL', None, 5), ('TO_BOOL', None, 5), ('UNARY_NOT', None, 5),
    ('TO_BOOL', None, 5), ('POP_TOP', None, 5),
    ('LOAD_CONST', 0, 6), ('RETURN_VALUE', None, 6)], [None])
opt('TO_BOOL of a constant', [
    ('LOAD_CONST', 0, 1), ('TO_BOOL', None, 1), ('STORE_NAME', 0, 1), ('LOAD_CONST', 1, 2),
    ('TO_BOOL', None, 2), ('STORE_NAME', 1, 2), ('LOAD_CONST', 2, 3),
    ('RETURN_VALUE', None, 3)], ['', (1,), None])
opt('LOAD_GLOBAL absorbs PUSH_NULL', [
    ('LOAD_GLOBAL', 0, 1), ('PUSH_NULL', None, 1), ('CALL', 0, 1), ('POP_TOP', None, 1),
    ('LOAD_CONST', 0, 2), ('RETURN_VALUE', None, 2)], [None])
opt('LOAD_CONST and COPY pairs removed before POP_TOP', [
    ('LOAD_CONST', 1, 1), ('POP_TOP', None, 1), ('LOAD_NAME', 0, 2), ('COPY', 1, 2),
    ('POP_TOP', None, 2), ('POP_TOP', None, 2), ('LOAD_CONST', 0, 3),
    ('RETURN_VALUE', None, 3)], [None, 'doc'])
opt('exception handler pushed to the end', [
    ('SETUP_FINALLY', 1, 1), ('LOAD_NAME', 0, 2), ('POP_TOP', None, 2),
    ('POP_BLOCK', None, -1), ('JUMP', 2, -1), L(1), ('PUSH_EXC_INFO', None, 3),
    ('POP_TOP', None, 3), ('POP_EXCEPT', None, 3), ('JUMP', 2, 3), L(2),
    ('LOAD_CONST', 0, 4), ('RETURN_VALUE', None, 4)], [None])
opt('exit block without line number duplicated', [
    ('LOAD_NAME', 0, 1), ('POP_JUMP_IF_FALSE', 1, 1), ('LOAD_NAME', 1, 2),
    ('POP_JUMP_IF_FALSE', 1, 2), ('LOAD_NAME', 2, 3), ('POP_TOP', None, 3), L(1),
    ('LOAD_CONST', 0, -1), ('RETURN_VALUE', None, -1)], [None])
opt('and-expression on a constant (COPY of LOAD_CONST)', [
    ('LOAD_CONST', 0, 1), ('COPY', 1, 1), ('TO_BOOL', None, 1), ('POP_JUMP_IF_FALSE', 1, 1),
    ('POP_TOP', None, 1), ('LOAD_NAME', 0, 1), L(1), ('STORE_NAME', 1, 1),
    ('LOAD_CONST', 1, 2), ('RETURN_VALUE', None, 2)], [True, None])
opt('backward conditional jump in a loop', [
    L(1), ('LOAD_NAME', 0, 1), ('POP_TOP', None, 1), ('LOAD_NAME', 1, 2),
    ('POP_JUMP_IF_TRUE', 1, 2), ('LOAD_CONST', 0, 3), ('RETURN_VALUE', None, 3)], [None])

# ---- assembler ----
asm('simple expression (CPython test_simple_expr)', [
    ('RESUME', 0, 1), ('LOAD_FAST', 0, 1), ('LOAD_FAST', 1, 1), ('BINARY_OP', 0, 1),
    ('LOAD_CONST', 0, 1), ('BINARY_OP', 11, 1), ('RETURN_VALUE', None, 1)],
    {'consts': {2: 0}, 'argcount': 2, 'varnames': {'x': 0, 'y': 1}, 'name': 'avg',
     'qualname': 'stats.avg'})
long_body = []
for i in range(200):
    long_body += [('LOAD_NAME', 0, 2 + i), ('POP_TOP', None, 2 + i)]
asm('forward and backward jumps needing EXTENDED_ARG', [
    ('RESUME', 0, 1), L(1), ('LOAD_NAME', 0, 1), ('POP_JUMP_IF_FALSE', 2, 1)] + long_body + [
    ('JUMP', 1, 300), L(2), ('LOAD_CONST', 0, 301), ('RETURN_VALUE', None, 301)],
    {'consts': {None: 0}, 'names': {'x': 0}})
asm('exception table: handlers, depth and lasti, multi-byte offsets', [
    ('RESUME', 0, 1), ('LOAD_NAME', 1, 1), ('SETUP_FINALLY', 1, 2)] + long_body[:80] + [
    ('SETUP_CLEANUP', 2, 3), ('LOAD_NAME', 0, 4), ('POP_TOP', None, 4),
    ('POP_BLOCK', None, 4), ('POP_BLOCK', None, 4), ('POP_TOP', None, 5),
    ('LOAD_CONST', 0, 5), ('RETURN_VALUE', None, 5),
    L(1), ('PUSH_EXC_INFO', None, 6), ('POP_EXCEPT', None, 6), ('POP_TOP', None, 6),
    ('POP_TOP', None, 6), ('LOAD_CONST', 0, 6), ('RETURN_VALUE', None, 6),
    L(2), ('COPY', 3, 7), ('POP_EXCEPT', None, 7), ('RERAISE', 1, 7)],
    {'consts': {None: 0}, 'names': {'x': 0, 'y': 1}})
asm('cells, arguments that are cells, free variables', [
    ('RESUME', 0, 1), ('LOAD_CLOSURE', 0, 2), ('LOAD_CLOSURE', 1, 2),
    ('LOAD_DEREF', 2, 2), ('BUILD_TUPLE', 3, 2), ('STORE_DEREF', 1, 3),
    ('LOAD_DEREF', 0, 4), ('RETURN_VALUE', None, 4)],
    {'argcount': 1, 'varnames': {'a': 0, 'b': 1}, 'cellvars': {'a': 0, 'c': 1},
     'freevars': {'z': 2}})
asm('location table forms', [
    ('RESUME', 0, 1, 1, 0, 0),
    ('LOAD_NAME', 0, 1, 1, 3, 9),            # short form
    ('LOAD_ATTR', 2, 1, 1, 3, 200),          # column >= 128: long form
    ('POP_TOP', None, 2, 2, 90, 95),          # one-line form (delta 1, columns < 128)
    ('LOAD_NAME', 0, 4, 6, 0, 10),           # long form (several lines)
    ('POP_TOP', None, -1, -1, -1, -1),       # none
    ('LOAD_NAME', 0, 3, 3, -1, -1),          # no-column form, negative delta
    ('LOAD_NAME', 1, 1000, 1000, 4, 8),      # big line delta
    ('LOAD_ATTR', 2, 1000, 1000, 4, 30),     # 10 code units: split in two entries
    ('POP_TOP', None, 1000, 1000, 4, 30),
    ('LOAD_CONST', 0, 1000, 1000, 4, 30), ('RETURN_VALUE', None, 1000, 1000, 4, 30)],
    {'consts': {None: 0}, 'names': {'x': 0, 'y': 1}})

def main():
    with open(os.path.join(OUT, 'flowgraph-units.json'), 'w') as fh:
        json.dump({'optimize': OPT, 'assemble': ASM}, fh, separators=(',', ':'))
    print(len(OPT), 'optimiser cases,', len(ASM), 'assembler cases')

main()
