// object.ts: the PyObject header, PyTypeObject slots and flags, subtype checks, type repr;
// and the identity slots each bare type fills (the number protocol stays empty for lecture 04).
import { describe, it, expect } from 'vitest';
import {
  PyType_Type, PyBaseObject_Type, PyLong_Type, PyBool_Type, PyUnicode_Type, PyTuple_Type,
  PyFloat_Type, PyType_IsSubtype, newStaticType, reprString, Py_True, newInt, Py_None,
  hasFlag, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS, PyExc_KeyError,
  PyExc_LookupError, PyObject, PyObject_Hash, strString, newDict, newStr, PyUnicode, PyLong,
  newSet, setContainsKey, newFloat, internStr, unicodeLength, newTuple,
} from '../src/objects/index.js';

describe('type objects', () => {
  it('type is its own type; object is the root', () => {
    expect(PyType_Type.ob_type).toBe(PyType_Type);
    expect(PyLong_Type.ob_type).toBe(PyType_Type);
    expect(PyType_Type.tp_base).toBe(PyBaseObject_Type);
    expect(PyBool_Type.tp_mro!.map((t) => t.tp_name)).toEqual(['bool', 'int', 'object']);
    expect(PyType_IsSubtype(PyBool_Type, PyLong_Type)).toBe(true);
    expect(PyType_IsSubtype(PyExc_KeyError, PyExc_LookupError)).toBe(true);
    expect(PyType_IsSubtype(PyUnicode_Type, PyLong_Type)).toBe(false);
    expect(hasFlag(PyBool_Type.tp_flags, Py_TPFLAGS_LONG_SUBCLASS)).toBe(true);
    expect(hasFlag(PyType_Type.tp_flags, Py_TPFLAGS_TYPE_SUBCLASS)).toBe(true);
  });
  it('reprs types and default objects as CPython', () => {
    expect(reprString(PyLong_Type)).toBe("<class 'int'>");
    expect(reprString(PyExc_KeyError)).toBe("<class 'KeyError'>");
    const T = newStaticType('thing');
    expect(reprString(new PyObject(T))).toMatch(/^<thing object at 0x[0-9a-f]+>$/);
    expect(strString(Py_True)).toBe('True');
    expect(reprString(Py_None)).toBe('None');
    expect(String(PyObject_Hash(Py_None))).toBe('4238894112');
  });
  it('leaves the number protocol to the lectures', () => {
    expect(PyLong_Type.tp_as_number).toBeNull();
    expect(PyFloat_Type.tp_as_number).toBeNull();
    expect(PyTuple_Type.tp_as_sequence).toBeNull();
  });
  it('caches small ints and interns strings', () => {
    expect(newInt(256)).toBe(newInt(256));
    expect(newInt(-5)).toBe(newInt(-5n));
    expect(newInt(257)).not.toBe(newInt(257));
    expect(typeof newInt(2n ** 40n).value).toBe('number');
    expect(typeof newInt(2 ** 60).value).toBe('bigint');
    expect(internStr('spam')).toBe(internStr('spam'));
    expect(unicodeLength(newStr('a\u{1F600}b'))).toBe(3);
  });
  it('treats subclass instances of str/int like their base in dicts unless they override', () => {
    const MyStr = newStaticType('MyStr', PyUnicode_Type);
    const MyInt = newStaticType('MyInt', PyLong_Type);
    const d = newDict();
    d.setItem(newStr('k'), newInt(1));
    d.setItem(newInt(7), newInt(2));
    expect(d.getItem(new PyUnicode('k', MyStr))).toBe(newInt(1));
    expect(d.getItem(new PyLong(7, MyInt))).toBe(newInt(2));
    const s = newSet([newFloat(7)]);
    expect(setContainsKey(s, new PyLong(7, MyInt))).toBe(true);
    expect(setContainsKey(s, newTuple([]))).toBe(false);
  });
});

describe('str indexing by code point', () => {
  it('indexes and slices across astral characters', async () => {
    const { unicodeCharAt, unicodeSubstring, unicodeOffset } =
      await import('../src/objects/index.js');
    const u = newStr('a\u{1F600}b\u00e9\u{10FFFF}c');
    expect(unicodeLength(u)).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((i) => unicodeCharAt(u, i)))
      .toEqual(['a', '\u{1F600}', 'b', '\u00e9', '\u{10FFFF}', 'c']);
    expect(unicodeSubstring(u, 1, 5)).toBe('\u{1F600}b\u00e9\u{10FFFF}');
    expect(unicodeOffset(u, 6)).toBe(8);
    const plain = newStr('h\u00e9llo');
    expect(unicodeSubstring(plain, 1, 3)).toBe('\u00e9l');
    expect(unicodeCharAt(plain, 4)).toBe('o');
  });
});
