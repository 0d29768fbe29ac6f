"""Goldens for the compiler's front half (core/test/compile*.test.ts, symtable*.test.ts).

    PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3.13 tools/oracle/compile_cases.py

1. For every core/test/cases/compile/*.py: the --code-json dump of CPython's
   compile(source, 'NAME.py', 'exec') into core/test/golden/compile/NAME.codejson.
2. For every snippet in ERRORS: the SyntaxError CPython's compile() raises (message and
   position) into core/test/golden/compile/errors.json.
"""
import json, os, sys

assert sys.version_info[:2] == (3, 13), "run with python3.13"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from code_json import code_json_lines  # noqa: E402

CASES = os.path.join(ROOT, 'core', 'test', 'cases', 'compile')
GOLDEN = os.path.join(ROOT, 'core', 'test', 'golden', 'compile')

# Errors raised by the symbol table and the code generator (not the parser).
ERRORS = [
    "def f(a, a): pass",
    "def f(a, *, b, **b): pass",
    "lambda x, x: 0",
    "return 1",
    "class C:\n    return 2",
    "yield 1",
    "x = [(yield) for i in y]",
    "x = {(yield): 1 for i in y}",
    "x = ((yield) for i in y)",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    global x",
    "def f(x):\n    global x",
    "def f():\n    x: int\n    global x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f(x):\n    def g(x):\n        nonlocal x",
    "def f():\n    global x\n    x: int = 1",
    "[i := 0 for i in range(5)]",
    "[[(j := 0) for i in range(5)] for j in range(5)]",
    "[i for i in (j := range(5))]",
    "class C:\n    [(y := 1) for x in range(2)]",
    "def f():\n    from os import *",
    "await x",
    "def f():\n    await x",
    "def f():\n    [await x for y in z]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "break",
    "continue",
    "def f():\n    for x in y:\n        def g():\n            break",
    "while x:\n    class C:\n        continue",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    break",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return",
    "f(a=1, a=2)",
    "f(__debug__=1)",
    "__debug__ = 1",
    "del __debug__",
    "def f(__debug__): pass",
    "x.__debug__ = 1",
    "async def f():\n    def g():\n        async with x: pass",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    [x async for x in y]",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case 1 | a:\n        pass",
    "match x:\n    case [a] | [b]:\n        pass",
    "def f[T, T](): pass",
    "class C[T: (yield)]: pass",
    "type A[T] = (yield)",
    "def f[T](x: (yield)): pass",
    "from __future__ import braces",
    "from __future__ import nonsense",
    "import os\nfrom __future__ import annotations",
    "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal __class__",
]


def main():
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(CASES, name), 'rb') as f:
            src = f.read()
        co = compile(src, name, 'exec')
        out = os.path.join(GOLDEN, name[:-3] + '.codejson')
        with open(out, 'w') as f:
            f.write(code_json_lines(co))
    errors = []
    for src in ERRORS:
        try:
            compile(src, '<case>', 'exec')
            err = None
        except SyntaxError as e:
            err = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                   'offset': e.offset, 'end_lineno': e.end_lineno,
                   'end_offset': e.end_offset, 'text': e.text}
        errors.append({'source': src, 'error': err})
    with open(os.path.join(GOLDEN, 'errors.json'), 'w') as f:
        json.dump(errors, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
