# Writes lectures/08-classes/test/seed-topics.test.ts: one test per L08 item of SEED-TOPICS.md,
# each a check program and what python3.13 prints for it (verified here before writing).
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/lecture08_seed_topics.py lectures/08-classes/test/seed-topics.test.ts
import json, subprocess, os, sys
CASES = [
('L08-01', 'IterateForever (only __init__/__next__): next() works, iter() fails', '''
class IterateForever:
    def __init__(self, x_arg):
        self.x = x_arg
    def __next__(self):
        return self.x
o = IterateForever(42)
print(next(o) == 42, next(o) == 42, o.__dict__ == {'x': 42})
try:
    iter(o)
except TypeError as e:
    print('TypeError', e)
''', "True True True\nTypeError 'IterateForever' object is not iterable\n"),
('L08-02', 'class -> LOAD_BUILD_CLASS, PUSH_NULL, LOAD_CONST, MAKE_FUNCTION, LOAD_CONST, CALL 2, STORE_NAME', '''
import dis
SRC = 'class IterateForever:\\n    def __next__(self):\\n        return 42\\n'
ins = list(dis.get_instructions(compile(SRC, 't', 'exec')))
print([i.opname for i in ins][1:8])
print(ins[6].arg)
''', "['LOAD_BUILD_CLASS', 'PUSH_NULL', 'LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_CONST', 'CALL', 'STORE_NAME']\n2\n"),
('L08-03', 'the body stores __module__, __qualname__, __firstlineno__, methods, __static_attributes__', '''
import dis
SRC = 'class A:\\n    def __init__(self):\\n        self.x = 1\\n'
body = compile(SRC, 't', 'exec').co_consts[0]
print([i.argval for i in dis.get_instructions(body) if i.opname == 'STORE_NAME'])
class A:
    def __init__(self):
        self.x = 1
print(A.__static_attributes__ == ('x',))
class B:
    y = 1 + 1
print(B.y == 2)
''', "['__module__', '__qualname__', '__firstlineno__', '__init__', '__static_attributes__']\nTrue\nTrue\n"),
('L08-04', '__build_class__: metaclass from keyword or bases, __prepare__, body, meta(name, bases, ns)', '''
def body():
    pass
print(isinstance(__build_class__(body, 'C'), type))
try:
    __build_class__(1, 'C')
except TypeError as e:
    print('TypeError', e)
class M(type):
    pass
class A(metaclass=M):
    pass
class B(A):
    pass
print(type(B) is M)
class PM(type):
    def __prepare__(name, bases):
        return {'injected': 1}
class P(metaclass=PM):
    pass
print(P.injected == 1)
''', "True\nTypeError __build_class__: func must be a function\nTrue\nTrue\n"),
('L08-05', 'type_new makes a heap type whose slots come from dunders (__next__ -> tp_iternext)', '''
class Counter:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        return self.n
c = Counter()
print(next(c), next(c), type(Counter) is type)
print(bool(Counter.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))
''', "1 2 True\nTrue False\n"),
('L08-06', 'type_call: __new__, then __init__ only for an instance', '''
log = []
class C:
    def __new__(cls):
        log.append('new')
        return super().__new__(cls)
    def __init__(self):
        log.append('init')
C()
print(log == ['new', 'init'])
class Five:
    def __new__(cls):
        return 5
    def __init__(self):
        log.append('init of Five')
print(Five(), log)
''', "True\n5 ['new', 'init']\n"),
('L08-07', 'C(1) specialises to CALL_ALLOC_AND_ENTER_INIT', '''
import dis
class C:
    def __init__(self, x):
        self.x = x
def mk():
    return C(1)
for _ in range(100):
    mk()
dis.dis(mk, adaptive=True)
''', "  5           RESUME_CHECK             0\n\n  6           LOAD_GLOBAL_MODULE       1 (C + NULL)\n              LOAD_CONST               1 (1)\n              CALL_ALLOC_AND_ENTER_INIT 1\n              RETURN_VALUE\n"),
('L08-08', 'class-dict functions bind self into a method object', '''
class Meth:
    def m(self):
        return 'm'
mm = Meth()
print(type(mm.m).__name__ == 'method', mm.m.__self__ is mm, mm.m.__func__ is Meth.__dict__['m'])
''', "True True True\n"),
('L08-09', 'data descriptor > instance dict > non-data descriptor', '''
class NonData:
    def __get__(self, obj, owner):
        return 'nondata'
class C:
    @property
    def p(self):
        return 'prop'
    n = NonData()
c = C()
c.__dict__['p'] = 'inst'
c.__dict__['n'] = 'inst'
print(c.p, c.n)
''', "prop inst\n"),
('L08-10', "LOAD_ATTR's low bit marks a method load", '''
import dis
def call(o):
    return o.m()
def load(o):
    return o.x
print([i.argrepr for i in dis.get_instructions(call) if i.opname == 'LOAD_ATTR'])
print([i.argrepr for i in dis.get_instructions(load) if i.opname == 'LOAD_ATTR'])
''', "['m + NULL|self']\n['x']\n"),
('L08-11', 'LOAD_FAST_LOAD_FAST 16 in __init__; TO_BOOL, POP_JUMP_IF_FALSE, RAISE_VARARGS', '''
import dis
class C:
    def __init__(self, x_arg):
        self.x = x_arg
def stop(x):
    if x:
        raise StopIteration
ins = list(dis.get_instructions(C.__init__))
print([i.opname for i in ins], ins[1].arg)
names = [i.opname for i in dis.get_instructions(stop)]
print(['TO_BOOL' in names, 'POP_JUMP_IF_FALSE' in names, 'RAISE_VARARGS' in names])
''', "['RESUME', 'LOAD_FAST_LOAD_FAST', 'STORE_ATTR', 'RETURN_CONST'] 16\n[True, True, True]\n"),
]
env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0')
bad = 0
for cid, what, code, exp in CASES:
    code = code.lstrip('\n')
    p = subprocess.run(['python3.13', '-c', code], env=env, capture_output=True, text=True, cwd='/tmp')
    got = p.stdout + p.stderr
    if got != exp:
        bad += 1
        print('MISMATCH', cid, repr(got), repr(exp))
if bad:
    sys.exit(1)
out = ['''// The seed's lecture-8 topics (../shared/SEED-TOPICS.md, items L08-01 .. L08-11), one test
// each: the item's check runs on VM_08 as `ceval -c CHECK` would and must print what python3.13
// printed for it. Written by tools/oracle/lecture08_seed_topics.py, which checks every
// expectation on python3.13 before writing this file.

import { describe, it, expect, beforeAll } from 'vitest';
import { runBlock, notesReady } from '@ceval/core/notes-harness';
import { vm08 } from '../src/index.js';

beforeAll(notesReady);

/** Run one check as a notes block would be run (filename "<string>"), returning its output. */
function run(code: string): string {
  return runBlock({ section: 'seed', line: 0, code, kind: 'output', expected: '' }, (io) => vm08(io));
}

describe("seed lecture 8's topics hold on VM_08", () => {''']
for cid, what, code, exp in CASES:
    code = code.lstrip('\n')
    out.append(f"  it({json.dumps(cid + ': ' + what)}, () => {{")
    out.append(f"    expect(run({json.dumps(code)})).toBe({json.dumps(exp)});")
    out.append('  });')
out.append('});')
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
print('ok', len(CASES))
