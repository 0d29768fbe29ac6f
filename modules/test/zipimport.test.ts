// The stdlib zip reader (src/zipimport.ts) on pyodide's python_stdlib.zip: the central
// directory, stored and deflated members, the collections/abc.py it supplies, and the path
// hook for the archive and for package folders inside it.

import { describe, it, expect } from 'vitest';
import { openArchive, zipPathHook } from '../src/zipimport.js';
import { nodeHost } from '../src/host-node.js';
import { stdlibZipPath, stdlibConfig } from '../src/stdlib.js';
import type { Interpreter } from '@ceval/core/interpreter';

const ZIP = stdlibZipPath()!;
const text = (b: Uint8Array | null): string => new TextDecoder().decode(b!);

describe('python_stdlib.zip', () => {
  it('is found through the pyodide package', () => {
    expect(ZIP.endsWith('pyodide/python_stdlib.zip')).toBe(true);
    expect(stdlibConfig({}).path).toEqual([ZIP]);
    expect(stdlibConfig({ PYTHONPATH: '/a::/b', PYTHONHOME: '/opt/py' }).path).toEqual(['/a', '/b',
      '/opt/py/lib/python313.zip', '/opt/py/lib/python3.13', '/opt/py/lib/python3.13/lib-dynload']);
  });

  it('reads members by name, and supplies collections/abc.py', () => {
    const a = openArchive(nodeHost, ZIP)!;
    expect(text(a.read('keyword.py'))).toContain('kwlist = [');
    expect(text(a.read('json/__init__.py'))).toContain('JSON (JavaScript Object Notation)');
    expect(text(a.read('collections/abc.py'))).toBe('from _collections_abc import *\n'
      + 'from _collections_abc import __all__\nfrom _collections_abc import _CallableGenericAlias\n');
    expect(a.read('no/such.py')).toBeNull();
    expect(a.dirs.has('email/mime')).toBe(true);
  });

  it('makes finders for the archive and for folders inside it, not for others', () => {
    const hook = zipPathHook(nodeHost, null).hook;
    const interp = {} as Interpreter;
    const top = hook(interp, ZIP)!;
    const json = top.find('json', 'json')!;
    expect(json.source.origin).toBe(`${ZIP}/json/__init__.py`);
    expect(json.searchLocations).toEqual([`${ZIP}/json`]);
    const inner = hook(interp, `${ZIP}/json`)!;
    expect(inner.find('json.decoder', 'decoder')!.source.isPackage).toBe(false);
    expect(hook(interp, `${ZIP}/nonexistent`)).toBeNull();
    expect(hook(interp, import.meta.dirname)).toBeNull();
  });
});
