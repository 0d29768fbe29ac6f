// Python/_warnings.c's bookkeeping (runtime/warnings.ts): which action a warning meets, and
// how the registries make "default" show once per place, "module" once per module and
// "once" once per process, while "always" shows every time and "error" raises.

import { describe, it, expect } from 'vitest';
import { createInterpreter } from '../src/runtime/pylifecycle.js';
import { warnExplicit, warningsState, reportCompileWarnings, moduleContext }
  from '../src/runtime/warnings.js';
import { PyDict } from '../src/objects/dictobject.js';
import { newStr } from '../src/objects/unicodeobject.js';
import { newInt } from '../src/objects/longobject.js';
import { newTuple } from '../src/objects/tupleobject.js';
import { Py_None } from '../src/objects/noneobject.js';
import {
  PyBaseException, PyExc_UserWarning, PyExc_DeprecationWarning, PyExc_Warning,
} from '../src/objects/exceptions.js';
import { PyList_like } from '../src/runtime/listobject.js';
import { CompileError } from '../src/compiler/errors.js';
import { LECTURE_02 } from './run-harness.js';

function vm() {
  let err = '';
  const interp = createInterpreter([LECTURE_02], {
    stdout: () => {}, stderr: (s) => { err += s; }, readFile: () => null,
  });
  return { interp, err: () => err };
}

function setFilters(interp: ReturnType<typeof vm>['interp'], action: string): void {
  const st = warningsState(interp);
  const f = PyList_like(st.filters)!;
  f.length = 0;
  f.push(newTuple([newStr(action), Py_None, PyExc_Warning, Py_None, newInt(0)]));
  st.version++;
}

const show = (interp: ReturnType<typeof vm>['interp'], reg: PyDict | null, line: number,
  text = 'careful', module = 'm'): void =>
  warnExplicit(interp, PyExc_UserWarning, newStr(text), 'm.py', line, module, reg);

describe('the filters python3.13 starts with', () => {
  it('shows DeprecationWarning in __main__ only', () => {
    const { interp, err } = vm();
    warnExplicit(interp, PyExc_DeprecationWarning, newStr('old'), 'a.py', 1, 'lib', null);
    expect(err()).toBe('');
    warnExplicit(interp, PyExc_DeprecationWarning, newStr('old'), 'a.py', 1, '__main__', null);
    expect(err()).toBe('a.py:1: DeprecationWarning: old\n');
  });
});

describe('actions and registries', () => {
  it('"default" shows once per (text, category, line) of a registry', () => {
    const { interp, err } = vm();
    const reg = new PyDict();
    show(interp, reg, 1); show(interp, reg, 1); show(interp, reg, 2);
    show(interp, reg, 2, 'other');
    expect(err().split('\n').filter(Boolean)).toHaveLength(3);
    expect(reg.getItemStr('version')).not.toBeNull();
  });

  it('"default" without a registry (compile-time warnings) shows every time', () => {
    const { interp, err } = vm();
    show(interp, null, 1); show(interp, null, 1);
    expect(err().split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('"module" shows once per text in a registry, whatever the line', () => {
    const { interp, err } = vm();
    setFilters(interp, 'module');
    const reg = new PyDict();
    show(interp, reg, 1); show(interp, reg, 2); show(interp, new PyDict(), 3);
    expect(err().split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('"once" shows once per text and category in the whole interpreter', () => {
    const { interp, err } = vm();
    setFilters(interp, 'once');
    show(interp, new PyDict(), 1); show(interp, new PyDict(), 2, 'careful', 'n');
    expect(err().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('"always" always shows; "ignore" never does', () => {
    const { interp, err } = vm();
    setFilters(interp, 'always');
    const reg = new PyDict();
    show(interp, reg, 1); show(interp, reg, 1);
    setFilters(interp, 'ignore');
    show(interp, reg, 5);
    expect(err().split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('changing the filters makes registries forget', () => {
    const { interp, err } = vm();
    const reg = new PyDict();
    show(interp, reg, 1);
    warningsState(interp).version++;
    show(interp, reg, 1);
    expect(err().split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('"error" raises the warning as an exception', () => {
    const { interp, err } = vm();
    setFilters(interp, 'error');
    let caught: unknown = null;
    try { show(interp, null, 1); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(PyBaseException);
    expect((caught as PyBaseException).ob_type).toBe(PyExc_UserWarning);
    expect(err()).toBe('');
  });
});

describe('warnings from the compiler', () => {
  const w = (msg: string, lineno: number) => ({ category: 'SyntaxWarning' as const, msg, lineno,
    error: new CompileError('SyntaxError', msg, 'f.py', lineno, 1, lineno, 2, null) });

  it('are reported in order, each time, at their line', () => {
    const { interp, err } = vm();
    const r = reportCompileWarnings(interp, [w('a', 2), w('a', 2), w('b', 1)], 'f.py',
      () => moduleContext(interp, '<x>', 0, 'x'));
    expect(r).toBeNull();
    expect(err()).toBe('f.py:2: SyntaxWarning: a\nf.py:2: SyntaxWarning: a\n'
      + 'f.py:1: SyntaxWarning: b\n');
  });

  it('stop at the first one an "error" filter raises, which is handed back', () => {
    const { interp, err } = vm();
    setFilters(interp, 'error');
    const r = reportCompileWarnings(interp, [w('a', 2), w('b', 1)], 'f.py',
      () => moduleContext(interp, '<x>', 0, 'x'));
    expect(r?.msg).toBe('a');
    expect(err()).toBe('');
  });
});
