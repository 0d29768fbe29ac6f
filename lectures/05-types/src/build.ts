// The instructions of Python/bytecodes.c that build containers and strings: BUILD_TUPLE,
// BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_SET, SET_ADD, SET_UPDATE, MAP_ADD, DICT_UPDATE,
// DICT_MERGE, and the f-string instructions CONVERT_VALUE, FORMAT_SIMPLE, FORMAT_WITH_SPEC and
// BUILD_STRING. Each handler reads its operands below `sp` and returns the new `sp`.

import { PyObject, typeName } from '@ceval/core/object';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PySetObject, PySet_Type, newSetObject, setAddKey } from '@ceval/core/objects/setobject';
import { PyUnicode, PyUnicode_Type, newStr } from '@ceval/core/objects/unicodeobject';
import { reprString, strString, PyObject_Hash } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { dictUpdate } from './dictobject.js';
import { setUpdate } from './setobject.js';
import { formatValue, asciiRepr } from './formatter.js';

type Interp = { stack: PyObject[] };

// BUILD_TUPLE n: push(tuple(pop n))
export function buildTuple(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const t = newTuple(s.slice(sp - oparg, sp));
  s[sp - oparg] = t;
  return sp - oparg + 1;
}

// BUILD_MAP n: push({k0: v0, ...}) from 2n stack items
export function buildMap(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const d = new PyDict();
  const base = sp - 2 * oparg;
  let strKeys = true;
  for (let i = 0; i < oparg; i++) strKeys &&= s[base + 2 * i]!.ob_type === PyUnicode_Type;
  d.presize(oparg, strKeys);
  for (let i = 0; i < oparg; i++) {
    const k = s[base + 2 * i];
    PyObject_Hash(k);
    d.setItem(k, s[base + 2 * i + 1]);
  }
  s[base] = d;
  return base + 1;
}

// BUILD_CONST_KEY_MAP n: keys = pop() (a tuple); push(dict(zip(keys, pop n)))
export function buildConstKeyMap(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const keys = (s[sp - 1] as PyTuple).items;
  const base = sp - 1 - oparg;
  const d = new PyDict();
  d.presize(oparg, keys.every((k) => k.ob_type === PyUnicode_Type));
  for (let i = 0; i < oparg; i++) d.setItem(keys[i], s[base + i]);
  s[base] = d;
  return base + 1;
}

// BUILD_SET n: push({pop n})
export function buildSet(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const set = newSetObject(PySet_Type);
  for (let i = sp - oparg; i < sp; i++) setAddKey(set, s[i]);
  s[sp - oparg] = set;
  return sp - oparg + 1;
}

// SET_ADD i: v = pop(); stack[-i].add(v)   (set comprehensions)
export function setAdd(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  setAddKey(s[sp - 1 - oparg] as PySetObject, s[sp - 1]);
  return sp - 1;
}

// SET_UPDATE i: it = pop(); stack[-i].update(it)
export function setUpdateOp(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  setUpdate(s[sp - 1 - oparg] as PySetObject, s[sp - 1]);
  return sp - 1;
}

// MAP_ADD i: v = pop(); k = pop(); stack[-i][k] = v   (dict comprehensions)
export function mapAdd(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const k = s[sp - 2];
  PyObject_Hash(k);
  (s[sp - 2 - oparg] as PyDict).setItem(k, s[sp - 1]);
  return sp - 2;
}

// DICT_UPDATE i: m = pop(); stack[-i].update(m)   ({**a, **b})
export function dictUpdateOp(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const update = s[sp - 1];
  const mp = update.ob_type.tp_as_mapping;
  if (!(update instanceof PyDict) && (mp === null || mp.mp_subscript === null)) {
    throw raiseNew(PyExc_TypeError, `'${typeName(update.ob_type)}' object is not a mapping`);
  }
  dictUpdate(s[sp - 1 - oparg] as PyDict, update);
  return sp - 1;
}

function funcName(f: PyObject): string {
  const q = (f as { qualname?: string; name?: string }).qualname
    ?? (f as { name?: string }).name;
  return q !== undefined ? `${q}()` : `${typeName(f.ob_type)} object`;
}

// DICT_MERGE i: like DICT_UPDATE, for f(**m): a repeated keyword is an error
export function dictMerge(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const update = s[sp - 1];
  const target = s[sp - 1 - oparg] as PyDict;
  const callable = s[sp - 1 - oparg - 3];
  if (!(update instanceof PyDict)) {
    const mp = update.ob_type.tp_as_mapping;
    if (mp === null || mp.mp_subscript === null) {
      throw raiseNew(PyExc_TypeError, `${funcName(callable)} argument after ** must be a `
        + `mapping, not ${typeName(update.ob_type)}`);
    }
  }
  const src = update instanceof PyDict ? update : (() => {
    const d = new PyDict();
    dictUpdate(d, update);
    return d;
  })();
  for (const e of src.entries()) {
    if (!(e.key instanceof PyUnicode)) {
      throw raiseNew(PyExc_TypeError, `${funcName(callable)} keywords must be strings`);
    }
    if (target.getItem(e.key) !== null) {
      throw raiseNew(PyExc_TypeError, `${funcName(callable)} got multiple values for keyword `
        + `argument '${e.key.value}'`);
    }
    target.setItem(e.key, e.value);
  }
  return sp - 1;
}

// CONVERT_VALUE which: push(str|repr|ascii(pop()))   (!s, !r, !a in f-strings)
export function convertValue(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const v = s[sp - 1];
  s[sp - 1] = newStr(oparg === 1 ? strString(v) : oparg === 2 ? reprString(v)
    : asciiRepr(reprString(v)));
  return sp;
}

// FORMAT_SIMPLE: v = pop(); push(format(v, ''))
export function formatSimple(interp: Interp, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  const v = s[sp - 1];
  if (v.ob_type !== PyUnicode_Type) s[sp - 1] = newStr(formatValue(v, ''));
  return sp;
}

// FORMAT_WITH_SPEC: spec = pop(); v = pop(); push(format(v, spec))
export function formatWithSpec(interp: Interp, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  s[sp - 2] = newStr(formatValue(s[sp - 2], (s[sp - 1] as PyUnicode).value));
  return sp - 1;
}

// BUILD_STRING n: push(''.join(pop n))
export function buildString(interp: Interp, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  let out = '';
  for (let i = sp - oparg; i < sp; i++) out += (s[i] as PyUnicode).value;
  s[sp - oparg] = newStr(out);
  return sp - oparg + 1;
}
