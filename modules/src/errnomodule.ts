// Mirrors Modules/errnomodule.c: the `errno` module, the platform's error codes by name and
// `errorcode` mapping them back, as python3.13 has them on Linux (errnomodule-data.generated.ts).

import { newInt } from '@ceval/core/objects/longobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule } from './_clinic.js';
import { ERRNO_NAMES, ERRORCODE_ORDER, STRERROR } from './errnomodule-data.generated.js';

/** The C library's message for an error number ("Unknown error N" past the table). */
export function strerror(code: number): string {
  return STRERROR[code] ?? `Unknown error ${code}`;
}

/** The code of an errno name ("ENOENT" -> 2). */
export function errnoCode(name: string): number {
  return ERRNO_NAMES.find(([n]) => n === name)?.[1] ?? 0;
}

/** Build `errno`. @see Modules/errnomodule.c errno_exec */
export function makeErrnoModule(): PyModule {
  return newModule('errno', (_def, m) => {
    const codes = new PyDict();
    for (const [code, name] of ERRORCODE_ORDER) codes.setItem(newInt(code), newStr(name));
    m.dict.setItemStr('errorcode', codes);
    for (const [name, code] of ERRNO_NAMES) m.dict.setItemStr(name, newInt(code));
  });
}
