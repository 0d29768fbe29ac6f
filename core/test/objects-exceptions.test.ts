// The exception hierarchy and exception str()/repr()/attributes against CPython 3.13
// (goldens: tools/oracle/objects.py).
import { describe, it, expect } from 'vitest';
import {
  PyObject, PyTypeObject, newStaticType, newStr, reprString, strString, newException,
  builtinExceptions, PyBaseException, typeError, keyError, newInt, PyExc_TypeError,
  PyExc_ExceptionGroup, PyExc_Exception, PyExc_OSError, PyExc_FileNotFoundError,
  excMatches, newDict,
} from '../src/objects/index.js';
import { golden, dec, type Enc } from './objects-golden.js';

type Call = Enc | { t: 'call'; f: string; args: Call[] } | { t: 'list'; v: Call[] };
interface Case {
  expr: string; call: Call; type: string; repr: string; str: string; args: string;
  attrs?: Record<string, string>;
}
const g = golden<{ cases: Case[]; hierarchy: [string, string, string[]][] }>('exceptions.json');

// A stand-in for list (it arrives in lecture 07): ExceptionGroup's argument and its repr.
class TestList extends PyObject {
  constructor(public items: PyObject[]) { super(ListType); }
}
const ListType: PyTypeObject = newStaticType('list');
ListType.tp_repr = (o) => newStr('[' + (o as TestList).items.map(reprString).join(', ') + ']');

function build(c: Call): PyObject {
  if (c.t === 'call') {
    const t = builtinExceptions.get(c.f);
    if (t === undefined) throw new Error('unknown ' + c.f);
    return newException(t, c.args.map(build));
  }
  if (c.t === 'list') return new TestList(c.v.map(build));
  return dec(c);
}

describe('exception hierarchy', () => {
  it('has every built-in exception with CPython\'s name and MRO', () => {
    const got = [...builtinExceptions.keys()].sort();
    expect(got).toEqual(g.hierarchy.map((h) => h[0]).sort());
    for (const [name, tpName, mro] of g.hierarchy) {
      const t = builtinExceptions.get(name)!;
      expect(t.tp_name).toBe(tpName);
      expect(t.tp_mro!.map((b) => b.tp_name)).toEqual(mro);
    }
  });
});

describe('exception str and repr', () => {
  for (const c of g.cases) {
    it(c.expr, () => {
      const e = build(c.call) as PyBaseException;
      expect(e.ob_type.tp_name).toBe(c.type);
      expect(reprString(e)).toBe(c.repr);
      expect(strString(e)).toBe(c.str);
      expect(reprString(e.args)).toBe(c.args);
      for (const [name, want] of Object.entries(c.attrs ?? {})) {
        let def = null;
        for (const t of e.ob_type.tp_mro!) {
          def = (t.tp_members ?? []).find((m) => m.name === name) ??
            (t.tp_getset ?? []).find((m) => m.name === name) ?? null;
          if (def !== null) break;
        }
        expect(def, `attribute ${name}`).not.toBeNull();
        expect(reprString(def!.get!(e)), `attribute ${name}`).toBe(want);
      }
    });
  }
});

describe('raising from host code', () => {
  it('throws the exception object itself', () => {
    let caught: unknown;
    try { typeError('bad operand'); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(PyBaseException);
    expect((caught as PyBaseException).ob_type).toBe(PyExc_TypeError);
    expect(reprString(caught as PyObject)).toBe("TypeError('bad operand')");
    try { keyError(newInt(3)); } catch (e) { caught = e; }
    expect(strString(caught as PyObject)).toBe('3');
  });
  it('maps OSError errno to its subclass and matches by MRO', () => {
    const e = newException(PyExc_OSError, [newInt(2), newStr('x')]);
    expect(e.ob_type).toBe(PyExc_FileNotFoundError);
    expect(excMatches(PyExc_ExceptionGroup, PyExc_Exception)).toBe(true);
  });
  it('rejects keyword arguments where CPython does', () => {
    const kw = newDict();
    kw.setItemStr('x', newInt(1));
    let caught: unknown;
    try { newException(PyExc_TypeError, [], kw); } catch (e) { caught = e; }
    expect(strString(caught as PyObject)).toBe('TypeError() takes no keyword arguments');
  });
});
