// Where the standard library's Python half comes from, and the sys.path a program starts
// with — Modules/getpath.py's job in CPython. By default: the `pyodide` npm package's
// python_stdlib.zip (CPython 3.13.2's Lib), read in place by zipimport.ts. A user can point
// ceval at a CPython 3.13 install instead, as python3.13 reads PYTHONHOME and PYTHONPATH:
// PYTHONPATH's folders come first; PYTHONHOME=PREFIX[:EXEC_PREFIX] makes the stdlib
// PREFIX/lib/python3.13 (and PREFIX/lib/python313.zip, listed even when absent, as CPython does).

import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { nodeHost } from './host-node.js';
import { zipPathHook } from './zipimport.js';
import type { HostPathHook } from '@ceval/core/runtime/pylifecycle';

/** The path of pyodide's python_stdlib.zip, or null when the package is not installed. */
export function stdlibZipPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('pyodide/python_stdlib.zip');
  } catch {
    return null;
  }
}

/** What sys.path holds after the script's folder, and the hooks that serve it. */
export interface StdlibConfig {
  path: string[];
  pathHooks: HostPathHook[];
}

/**
 * sys.path[1:] for `env` (process.env, or {} under -E/-I): PYTHONPATH, then the stdlib.
 * Compiled code from the zip is cached under $XDG_CACHE_HOME/ceval (or ~/.cache/ceval).
 * @see Modules/getpath.py
 */
export function stdlibConfig(env: Record<string, string | undefined>): StdlibConfig {
  const path: string[] = [];
  for (const p of (env.PYTHONPATH ?? '').split(':')) if (p !== '') path.push(p);
  const home = env.PYTHONHOME;
  if (home !== undefined && home !== '') {
    const prefix = home.split(':')[0];
    const exec = home.includes(':') ? home.slice(home.indexOf(':') + 1) : prefix;
    path.push(`${prefix}/lib/python313.zip`, `${prefix}/lib/python3.13`,
      `${exec}/lib/python3.13/lib-dynload`);
  } else {
    const zip = stdlibZipPath();
    if (zip !== null) path.push(zip);
  }
  const cacheBase = env.XDG_CACHE_HOME || `${safeHome()}/.cache`;
  return { path, pathHooks: [zipPathHook(nodeHost, `${cacheBase}/ceval`)] };
}

function safeHome(): string {
  try {
    return homedir();
  } catch {
    return '/tmp';
  }
}
