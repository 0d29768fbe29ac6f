// Mirrors Modules/_heapqmodule.c: the heap functions over a list with `<` alone, with
// CPython's exact sift order (so heaps built here are laid out as CPython lays them out,
// including the cache-friendly heapify of lists longer than 2500) and its guard against a
// comparison that changes the list.

import { typeName } from '@ceval/core/object';
import type { PyObject } from '@ceval/core/object';
import type { Interpreter } from '@ceval/core/interpreter';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newExceptionMsg, PyExc_TypeError, PyExc_IndexError, PyExc_RuntimeError } from '@ceval/core/objects/exceptions';
import { PyList } from '@ceval/core/runtime/listobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, oneArg, positional } from './_clinic.js';

const Py_LT = 0;

type Less = (a: PyObject, b: PyObject) => boolean;

function changed(heap: PyList, size: number): void {
  if (heap.items.length !== size) {
    throw newExceptionMsg(PyExc_RuntimeError, 'list changed size during iteration');
  }
}

/** Move the item at pos up toward startpos while it is smaller than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, lt: Less): void {
  const size = heap.items.length;
  const newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const cmp = lt(newitem, parent);
    changed(heap, size);
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Bubble the smaller child up until pos is a leaf, then sift the item down into place. */
function siftup(heap: PyList, pos: number, lt: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const cmp = lt(heap.items[childpos], heap.items[childpos + 1]);
      changed(heap, endpos);
      if (!cmp) childpos += 1;
    }
    const arr = heap.items;
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, lt);
}

function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) { n >>= 1; i++; }
  return n << i;
}

/** @see _heapqmodule.c heapify_internal, cache_friendly_heapify */
function heapify(heap: PyList, lt: Less): void {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const run = (from: number, to: number): void => {
      for (let i = from; i >= to; i--) {
        for (let j = i; ; j >>= 1) {
          siftup(heap, j, lt);
          if (!(j & 1)) break;
        }
      }
    };
    run(leftmost - 1, mhalf);
    run(m - 1, leftmost);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, lt);
}

function listArg(fname: string, o: PyObject, which = 'argument 1'): PyList {
  if (!(o instanceof PyList)) {
    throw newExceptionMsg(PyExc_TypeError, `${fname}() ${which} must be list, not ${typeName(o.ob_type)}`);
  }
  return o;
}

function indexError(): never {
  throw newExceptionMsg(PyExc_IndexError, 'index out of range');
}

function pop(heap: PyList, lt: Less): PyObject {
  if (heap.items.length === 0) indexError();
  const last = heap.items.pop()!;
  if (heap.items.length === 0) return last;
  const ret = heap.items[0];
  heap.items[0] = last;
  siftup(heap, 0, lt);
  return ret;
}

function replace(heap: PyList, item: PyObject, lt: Less): PyObject {
  if (heap.items.length === 0) indexError();
  const ret = heap.items[0];
  heap.items[0] = item;
  siftup(heap, 0, lt);
  return ret;
}

/** Build `_heapq`. @see Modules/_heapqmodule.c */
export function makeHeapqModule(interp: Interpreter): PyModule {
  const lt: Less = (a, b) => interp.hooks.isTrue(interp.hooks.richCompare(a, b, Py_LT));
  const gt: Less = (a, b) => lt(b, a);
  return newModule('_heapq', (def) => {
    def('heappush', (args, kw) => {
      positional('heappush', '_heapq.heappush', args, kw, 2, 2);
      const heap = listArg('heappush', args[0]);
      heap.items.push(args[1]);
      siftdown(heap, 0, heap.items.length - 1, lt);
      return Py_None;
    });
    def('heappop', (args, kw) => pop(listArg('heappop', oneArg('_heapq.heappop', args, kw), 'argument'), lt));
    def('heapreplace', (args, kw) => {
      positional('heapreplace', '_heapq.heapreplace', args, kw, 2, 2);
      return replace(listArg('heapreplace', args[0]), args[1], lt);
    });
    def('heappushpop', (args, kw) => {
      positional('heappushpop', '_heapq.heappushpop', args, kw, 2, 2);
      const heap = listArg('heappushpop', args[0]);
      const item = args[1];
      if (heap.items.length === 0) return item;
      const cmp = lt(heap.items[0], item);
      if (!cmp) return item;
      if (heap.items.length === 0) indexError();
      return replace(heap, item, lt);
    });
    def('heapify', (args, kw) => {
      heapify(listArg('heapify', oneArg('_heapq.heapify', args, kw), 'argument'), lt);
      return Py_None;
    });
    def('_heappop_max', (args, kw) =>
      pop(listArg('_heappop_max', oneArg('_heapq._heappop_max', args, kw), 'argument'), gt));
    def('_heapreplace_max', (args, kw) => {
      positional('_heapreplace_max', '_heapq._heapreplace_max', args, kw, 2, 2);
      return replace(listArg('_heapreplace_max', args[0]), args[1], gt);
    });
    def('_heapify_max', (args, kw) => {
      heapify(listArg('_heapify_max', oneArg('_heapq._heapify_max', args, kw), 'argument'), gt);
      return Py_None;
    });
  });
}
