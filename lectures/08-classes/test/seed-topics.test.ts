// The seed's lecture-8 topics (../shared/SEED-TOPICS.md, items L08-01 .. L08-11), one test
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

describe("seed lecture 8's topics hold on VM_08", () => {
  it("L08-01: IterateForever (only __init__/__next__): next() works, iter() fails", () => {
    expect(run("class IterateForever:\n    def __init__(self, x_arg):\n        self.x = x_arg\n    def __next__(self):\n        return self.x\no = IterateForever(42)\nprint(next(o) == 42, next(o) == 42, o.__dict__ == {'x': 42})\ntry:\n    iter(o)\nexcept TypeError as e:\n    print('TypeError', e)\n")).toBe("True True True\nTypeError 'IterateForever' object is not iterable\n");
  });
  it("L08-02: class -> LOAD_BUILD_CLASS, PUSH_NULL, LOAD_CONST, MAKE_FUNCTION, LOAD_CONST, CALL 2, STORE_NAME", () => {
    expect(run("import dis\nSRC = 'class IterateForever:\\n    def __next__(self):\\n        return 42\\n'\nins = list(dis.get_instructions(compile(SRC, 't', 'exec')))\nprint([i.opname for i in ins][1:8])\nprint(ins[6].arg)\n")).toBe("['LOAD_BUILD_CLASS', 'PUSH_NULL', 'LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_CONST', 'CALL', 'STORE_NAME']\n2\n");
  });
  it("L08-03: the body stores __module__, __qualname__, __firstlineno__, methods, __static_attributes__", () => {
    expect(run("import dis\nSRC = 'class A:\\n    def __init__(self):\\n        self.x = 1\\n'\nbody = compile(SRC, 't', 'exec').co_consts[0]\nprint([i.argval for i in dis.get_instructions(body) if i.opname == 'STORE_NAME'])\nclass A:\n    def __init__(self):\n        self.x = 1\nprint(A.__static_attributes__ == ('x',))\nclass B:\n    y = 1 + 1\nprint(B.y == 2)\n")).toBe("['__module__', '__qualname__', '__firstlineno__', '__init__', '__static_attributes__']\nTrue\nTrue\n");
  });
  it("L08-04: __build_class__: metaclass from keyword or bases, __prepare__, body, meta(name, bases, ns)", () => {
    expect(run("def body():\n    pass\nprint(isinstance(__build_class__(body, 'C'), type))\ntry:\n    __build_class__(1, 'C')\nexcept TypeError as e:\n    print('TypeError', e)\nclass M(type):\n    pass\nclass A(metaclass=M):\n    pass\nclass B(A):\n    pass\nprint(type(B) is M)\nclass PM(type):\n    def __prepare__(name, bases):\n        return {'injected': 1}\nclass P(metaclass=PM):\n    pass\nprint(P.injected == 1)\n")).toBe("True\nTypeError __build_class__: func must be a function\nTrue\nTrue\n");
  });
  it("L08-05: type_new makes a heap type whose slots come from dunders (__next__ -> tp_iternext)", () => {
    expect(run("class Counter:\n    def __init__(self):\n        self.n = 0\n    def __next__(self):\n        self.n += 1\n        return self.n\nc = Counter()\nprint(next(c), next(c), type(Counter) is type)\nprint(bool(Counter.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))\n")).toBe("1 2 True\nTrue False\n");
  });
  it("L08-06: type_call: __new__, then __init__ only for an instance", () => {
    expect(run("log = []\nclass C:\n    def __new__(cls):\n        log.append('new')\n        return super().__new__(cls)\n    def __init__(self):\n        log.append('init')\nC()\nprint(log == ['new', 'init'])\nclass Five:\n    def __new__(cls):\n        return 5\n    def __init__(self):\n        log.append('init of Five')\nprint(Five(), log)\n")).toBe("True\n5 ['new', 'init']\n");
  });
  it("L08-07: C(1) specialises to CALL_ALLOC_AND_ENTER_INIT", () => {
    expect(run("import dis\nclass C:\n    def __init__(self, x):\n        self.x = x\ndef mk():\n    return C(1)\nfor _ in range(100):\n    mk()\ndis.dis(mk, adaptive=True)\n")).toBe("  5           RESUME_CHECK             0\n\n  6           LOAD_GLOBAL_MODULE       1 (C + NULL)\n              LOAD_CONST               1 (1)\n              CALL_ALLOC_AND_ENTER_INIT 1\n              RETURN_VALUE\n");
  });
  it("L08-08: class-dict functions bind self into a method object", () => {
    expect(run("class Meth:\n    def m(self):\n        return 'm'\nmm = Meth()\nprint(type(mm.m).__name__ == 'method', mm.m.__self__ is mm, mm.m.__func__ is Meth.__dict__['m'])\n")).toBe("True True True\n");
  });
  it("L08-09: data descriptor > instance dict > non-data descriptor", () => {
    expect(run("class NonData:\n    def __get__(self, obj, owner):\n        return 'nondata'\nclass C:\n    @property\n    def p(self):\n        return 'prop'\n    n = NonData()\nc = C()\nc.__dict__['p'] = 'inst'\nc.__dict__['n'] = 'inst'\nprint(c.p, c.n)\n")).toBe("prop inst\n");
  });
  it("L08-10: LOAD_ATTR's low bit marks a method load", () => {
    expect(run("import dis\ndef call(o):\n    return o.m()\ndef load(o):\n    return o.x\nprint([i.argrepr for i in dis.get_instructions(call) if i.opname == 'LOAD_ATTR'])\nprint([i.argrepr for i in dis.get_instructions(load) if i.opname == 'LOAD_ATTR'])\n")).toBe("['m + NULL|self']\n['x']\n");
  });
  it("L08-11: LOAD_FAST_LOAD_FAST 16 in __init__; TO_BOOL, POP_JUMP_IF_FALSE, RAISE_VARARGS", () => {
    expect(run("import dis\nclass C:\n    def __init__(self, x_arg):\n        self.x = x_arg\ndef stop(x):\n    if x:\n        raise StopIteration\nins = list(dis.get_instructions(C.__init__))\nprint([i.opname for i in ins], ins[1].arg)\nnames = [i.opname for i in dis.get_instructions(stop)]\nprint(['TO_BOOL' in names, 'POP_JUMP_IF_FALSE' in names, 'RAISE_VARARGS' in names])\n")).toBe("['RESUME', 'LOAD_FAST_LOAD_FAST', 'STORE_ATTR', 'RETURN_CONST'] 16\n[True, True, True]\n");
  });
});
