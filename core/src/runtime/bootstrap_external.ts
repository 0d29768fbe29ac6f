// Mirrors Lib/importlib/_bootstrap_external.py: how a sys.path entry becomes a finder
// (path hooks, FileFinder for folders), and how SourceFileLoader turns a source into a code
// object through the __pycache__/NAME.cpython-313.pyc cache, validated by the source's mtime
// and size as CPython validates it (a timestamp-based pyc, PEP 552).

import type { PyObject } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { loads, MAGIC_BYTES } from '../marshal.js';
import { dumpPyc } from '../marshal-dumps.js';
import { compileSource } from './compile-hook.js';
import { moduleContext } from './warnings.js';
import { PyImporter, PySourceFileLoader_Type, type ModuleSource } from './modulespec.js';

/** Found by a finder: a module's source (or a namespace-package folder, `source` null). */
export interface FoundModule {
  source: ModuleSource;
  /** The package's __path__ entries (empty for a plain module). */
  searchLocations: string[];
}

/**
 * What a sys.path entry turns into (CPython's path entry finder): finds `leaf`, the last part
 * of `fullname`, inside this entry.
 */
export interface PathEntryFinder {
  find(fullname: string, leaf: string): FoundModule | null;
}

/** A path hook: returns a finder for the entries it understands, null for the others. */
export type PathHook = (interp: Interpreter, entry: string) => PathEntryFinder | null;

/** The tag in cached file names. @see Lib/importlib/_bootstrap_external.py cache_from_source */
export const CACHE_TAG = 'cpython-313';

export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** `importlib.util.cache_from_source`: where the .pyc of `path` goes. */
export function cacheFromSource(path: string): string {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const base = path.slice(slash + 1).replace(/\.py$/, '');
  return `${dir}__pycache__/${base}.${CACHE_TAG}.pyc`;
}

/**
 * A folder on sys.path: a package (`leaf/__init__.py`) wins over a module (`leaf.py`), as
 * FileFinder tries them. The empty entry is the current folder.
 * @see Lib/importlib/_bootstrap_external.py FileFinder.find_spec
 */
export class FileFinder implements PathEntryFinder {
  constructor(private interp: Interpreter, readonly path: string) {}

  find(fullname: string, leaf: string): FoundModule | null {
    const io = this.interp.io;
    const dir = joinPath(this.path, leaf);
    const init = joinPath(dir, '__init__.py');
    const absolute = (p: string): string => (this.path === '' && io.cwd ? joinPath(io.cwd(), p) : p);
    const pkg = this.sourceAt(fullname, init, absolute);
    if (pkg !== null) return { source: pkg, searchLocations: [absolute(dir)] };
    const mod = this.sourceAt(fullname, joinPath(this.path, `${leaf}.py`), absolute);
    if (mod !== null) return { source: mod, searchLocations: [] };
    return null;
  }

  private sourceAt(fullname: string, file: string, absolute: (p: string) => string):
    ModuleSource | null {
    const io = this.interp.io;
    if (io.stat !== undefined) {
      const st = io.stat(file);
      if (st === null || st.isDir) return null;
      const origin = absolute(file);
      return {
        origin, isPackage: file.endsWith('/__init__.py'), mtime: st.mtime, size: st.size,
        cached: cacheFromSource(origin),
        read: () => io.readBytes?.(file) ?? encodeText(io.readFile(file)),
        loader: new PyImporter(PySourceFileLoader_Type, { name: fullname, path: origin }),
      };
    }
    // A host without stat (a test's in-memory files): no cache, read at once.
    const text = io.readFile(file);
    if (text === null) return null;
    const origin = absolute(file);
    const bytes = encodeText(text)!;
    return {
      origin, isPackage: file.endsWith('/__init__.py'), mtime: 0, size: bytes.length,
      cached: null, read: () => bytes,
      loader: new PyImporter(PySourceFileLoader_Type, { name: fullname, path: origin }),
    };
  }
}

function encodeText(s: string | null): Uint8Array | null {
  return s === null ? null : new TextEncoder().encode(s);
}

/** Decode a source file as the tokenizer does (UTF-8, a BOM dropped). */
export function decodeSourceBytes(data: Uint8Array): string {
  let s = new TextDecoder('utf-8').decode(data);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

/** The folder finder is the last path hook, as FileFinder.path_hook is in CPython. */
export const fileFinderHook: PathHook = (interp, entry) => new FileFinder(interp, entry);

/**
 * The code object for `src`: from its .pyc when the header matches the source's mtime and
 * size, else compiled and (unless sys.dont_write_bytecode) written back.
 * @see Lib/importlib/_bootstrap_external.py SourceLoader.get_code, _validate_timestamp_pyc
 */
export function getCode(interp: Interpreter, src: ModuleSource, source: string | null,
  dontWrite: boolean): { code: PyObject; text: string } {
  const io = interp.io;
  const cached = src.cached;
  if (cached !== null && io.readBytes !== undefined) {
    const data = io.readBytes(cached);
    if (data !== null && validPycHeader(data, src.mtime, src.size)) {
      try {
        const code = loads(data.subarray(16));
        // Tracebacks still show source lines: the text is read only when one is needed.
        return { code, text: source ?? '' };
      } catch {
        // A damaged cache file is recompiled and rewritten, as importlib does.
      }
    }
  }
  const bytes = source === null ? src.read() : null;
  const text = source ?? decodeSourceBytes(bytes ?? new Uint8Array());
  // CPython compiles inside importlib's frames: a folding warning is theirs.
  const code = compileSource(interp, text, src.origin, 'exec',
    () => moduleContext(interp, '<frozen importlib._bootstrap>', 488, 'importlib._bootstrap'));
  if (cached !== null && !dontWrite && io.writeBytes !== undefined) {
    try {
      io.writeBytes(cached, dumpPyc(code, src.mtime, src.size));
    } catch {
      // An unwritable cache folder is not an error (CPython ignores OSError here).
    }
  }
  return { code, text };
}

/** A timestamp .pyc of this magic number whose header matches the source. */
function validPycHeader(data: Uint8Array, mtime: number, size: number): boolean {
  if (data.length < 16) return false;
  for (let i = 0; i < 4; i++) if (data[i] !== MAGIC_BYTES[i]) return false;
  const view = new DataView(data.buffer, data.byteOffset, 16);
  if (view.getUint32(4, true) !== 0) return false;
  return view.getUint32(8, true) === (mtime >>> 0) && view.getUint32(12, true) === (size >>> 0);
}
