// Mirrors the MRO half of Objects/typeobject.c: mro_implementation and pmerge, the C3
// linearisation that orders a class and its bases for every attribute lookup, and the
// errors a class statement gets when no such order exists.

import type { PyTypeObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import { typeError } from '@ceval/core/objects/exceptions';

/**
 * C3: the class first, then a merge of its bases' MROs and the list of bases, always taking
 * the first head that is in no other list's tail (so a class comes before its bases, and
 * bases keep the order the class statement gave them).
 * @see Objects/typeobject.c mro_implementation_unlocked, pmerge
 */
export function c3Linearise(t: PyTypeObject, bases: readonly PyTypeObject[]): PyTypeObject[] {
  if (bases.length === 1) {
    // One base: nothing to merge, the base's MRO follows the class.
    return [t, ...(bases[0].tp_mro ?? [bases[0]])];
  }
  checkDuplicates(bases);
  const toMerge: PyTypeObject[][] = bases.map((b) => [...(b.tp_mro ?? [b])]);
  toMerge.push([...bases]);
  const result: PyTypeObject[] = [t];
  const remain = toMerge.map(() => 0);
  for (;;) {
    let emptyCount = 0;
    let picked: PyTypeObject | null = null;
    for (let i = 0; i < toMerge.length; i++) {
      if (remain[i] >= toMerge[i].length) {
        emptyCount++;
        continue;
      }
      const candidate = toMerge[i][remain[i]];
      if (inSomeTail(candidate, toMerge, remain)) continue;
      picked = candidate;
      break;
    }
    if (emptyCount === toMerge.length) return result;
    if (picked === null) mroError(toMerge, remain);
    result.push(picked);
    // Drop the chosen class from the head of every list that starts with it.
    for (let j = 0; j < toMerge.length; j++) {
      if (remain[j] < toMerge[j].length && toMerge[j][remain[j]] === picked) remain[j]++;
    }
  }
}

function inSomeTail(c: PyTypeObject, lists: PyTypeObject[][], remain: number[]): boolean {
  for (let j = 0; j < lists.length; j++) {
    const l = lists[j];
    for (let k = remain[j] + 1; k < l.length; k++) if (l[k] === c) return true;
  }
  return false;
}

/** @see Objects/typeobject.c check_duplicates */
function checkDuplicates(bases: readonly PyTypeObject[]): void {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) typeError(`duplicate base class ${typeName(bases[i])}`);
    }
  }
}

/**
 * Name the classes still at the heads of the lists when the merge got stuck, each once, in
 * the order met. @see Objects/typeobject.c set_mro_error
 */
function mroError(lists: PyTypeObject[][], remain: number[]): never {
  const seen: PyTypeObject[] = [];
  for (let i = 0; i < lists.length; i++) {
    if (remain[i] >= lists[i].length) continue;
    const c = lists[i][remain[i]];
    if (!seen.includes(c)) seen.push(c);
  }
  typeError('Cannot create a consistent method resolution order (MRO) for bases '
    + seen.map(typeName).join(', '));
}
