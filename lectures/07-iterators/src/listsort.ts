// Mirrors Objects/listobject.c list_sort_impl (and the spirit of Objects/listsort.txt): a
// stable sort that only ever asks "is a < b?", decorates items with their keys first,
// sorts reverse=True stably, and notices a list mutated by a key or __lt__ while it sorts.

import type { PyObject } from '@ceval/core/object';
import { PyList } from '@ceval/core/runtime/listobject';
import { PyLong, PyLong_Type } from '@ceval/core/objects/longobject';
import { PyUnicode, PyUnicode_Type, unicodeKind } from '@ceval/core/objects/unicodeobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyTuple, PyTuple_Type } from '@ceval/core/objects/tupleobject';
import { PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { currentInterpreter } from '@ceval/core/interpreter';

type Lt = (a: PyObject, b: PyObject) => boolean;

/**
 * Pick the comparison: CPython pre-scans the keys and, when they are all ints or all strs,
 * uses a specialised compare that skips rich comparison (unsafe_long_compare ...).
 */
function chooseLt(keys: PyObject[]): Lt {
  if (keys.length === 0) return () => false;
  const t = keys[0].ob_type;
  let same = true;
  for (let i = 0; i < keys.length && same; i++) {
    const k = keys[i];
    if (k.ob_type !== t) same = false;
    else if (t === PyLong_Type && typeof (k as PyLong).value !== 'number') same = false;
    else if (t === PyUnicode_Type && unicodeKind(k as PyUnicode) === 4) same = false;
  }
  if (same && t === PyLong_Type) {
    return (a, b) => ((a as PyLong).value as number) < ((b as PyLong).value as number);
  }
  if (same && t === PyUnicode_Type) {
    // Without astral characters UTF-16 order is code-point order.
    return (a, b) => (a as PyUnicode).value < (b as PyUnicode).value;
  }
  const h = currentInterpreter().hooks;
  const generic: Lt = (a, b) => h.isTrue(h.richCompare(a, b, 0));
  if (same && t === PyTuple_Type) return tupleLt(keys, generic);
  return generic;
}

/** Is an exact int/str pair equal, answered without rich comparison (else null)? */
function fastEq(a: PyObject, b: PyObject): boolean | null {
  if (a === b) return true;
  const t = a.ob_type;
  if (t !== b.ob_type) return null;
  if (t === PyLong_Type) return (a as PyLong).value === (b as PyLong).value;
  if (t === PyUnicode_Type) return (a as PyUnicode).value === (b as PyUnicode).value;
  return null;
}

/**
 * Tuples of keys: find the first differing position with ==, then compare there; the first
 * position gets the specialised compare chosen for all first items.
 * @see Objects/listobject.c unsafe_tuple_compare
 */
function tupleLt(keys: PyObject[], generic: Lt): Lt {
  const firsts: PyObject[] = [];
  for (const k of keys) {
    const it = (k as PyTuple).items;
    if (it.length === 0) return generic;
    firsts.push(it[0]);
  }
  const firstLt = chooseLt(firsts);
  const h = currentInterpreter().hooks;
  return (a, b) => {
    const x = (a as PyTuple).items;
    const y = (b as PyTuple).items;
    const n = Math.min(x.length, y.length);
    let i = 0;
    for (; i < n; i++) {
      const e = fastEq(x[i], y[i]);
      if (e === false) break;
      if (e === null && !h.isTrue(h.richCompare(x[i], y[i], 2))) break;
    }
    if (i >= n) return x.length < y.length;
    return i === 0 ? firstLt(x[0], y[0]) : generic(x[i], y[i]);
  };
}

/** Stable merge sort of `idx` (positions into keys) using only `lt`. */
function mergeSort(idx: number[], keys: PyObject[], lt: Lt): number[] {
  const n = idx.length;
  // Binary insertion sort for short runs, as timsort does below its minrun.
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = idx[i];
      let l = lo;
      let r = i;
      while (l < r) {
        const mid = (l + r) >> 1;
        if (lt(keys[x], keys[idx[mid]])) r = mid; else l = mid + 1;
      }
      for (let j = i; j > l; j--) idx[j] = idx[j - 1];
      idx[l] = x;
    }
  }
  let src = idx;
  let dst = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Take from the right run only when strictly smaller: that keeps the sort stable.
        if (lt(keys[src[j]], keys[src[i]])) dst[k++] = src[j++]; else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src; src = dst; dst = t;
  }
  return src;
}

/**
 * `list.sort(key=None, reverse=False)`. While sorting, the list is empty to Python code (so
 * a key function that looks sees []), and if anything was put into it meanwhile the sort
 * raises `ValueError: list modified during sort`.
 * @see Objects/listobject.c list_sort_impl
 */
export function listSort(l: PyList, key: PyObject, reverse: boolean): void {
  const saved = l.items;
  const savedAlloc = l.allocated;
  const n = saved.length;
  l.items = [];
  l.allocated = 0;
  let result: PyObject[] = saved;
  try {
    if (n > 1) {
      let keys = saved;
      if (key !== Py_None) {
        const interp = currentInterpreter();
        keys = new Array<PyObject>(n);
        for (let i = 0; i < n; i++) keys[i] = interp.callObject(key, [saved[i]], null);
      }
      // reverse=True keeps equal items in their original order: reverse, sort, reverse.
      const idx = new Array<number>(n);
      for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
      const sorted = mergeSort(idx, keys, chooseLt(keys));
      result = new Array<PyObject>(n);
      for (let i = 0; i < n; i++) result[i] = saved[sorted[reverse ? n - 1 - i : i]];
    }
  } finally {
    const modified = l.items.length > 0;
    l.items = result;
    l.allocated = savedAlloc;
    if (modified) {
      // eslint-disable-next-line no-unsafe-finally
      throw raiseNew(PyExc_ValueError, 'list modified during sort');
    }
  }
}
