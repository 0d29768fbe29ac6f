// Mirrors Lib/zipimport.py: modules imported straight out of a zip archive on sys.path. The
// standard library's Python half comes this way from the `pyodide` npm package's
// python_stdlib.zip (CPython 3.13.2's Lib; nothing else of pyodide is used). The central
// directory is read once per archive and kept, as zipimport keeps _zip_directory_cache; a
// member is inflated only when its module is imported.

import type { Interpreter } from '@ceval/core/interpreter';
import type { PathEntryFinder, FoundModule } from '@ceval/core/runtime/bootstrap_external';
import { CACHE_TAG } from '@ceval/core/runtime/bootstrap_external';
import { PyImporter, PyZipImporter_Type } from '@ceval/core/runtime/modulespec';
import type { HostPathHook } from '@ceval/core/runtime/pylifecycle';
import type { ArchiveHost } from './host.js';

/** One member of the archive, as its central directory entry describes it. */
interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the member's local header. */
  offset: number;
  /** DOS date and time, turned into seconds (what validates a cached .pyc). */
  mtime: number;
}

/**
 * Lib files pyodide's zip leaves out that every CPython has and ceval supplies: the zip has
 * no collections/abc.py (in CPython a three-line module re-exporting _collections_abc).
 * They are added to an archive that has the package but not the file.
 */
const OVERLAY: Record<string, string> = {
  'collections/abc.py': 'from _collections_abc import *\n'
    + 'from _collections_abc import __all__\n'
    + 'from _collections_abc import _CallableGenericAlias\n',
};

/** An open archive: its bytes and its directory (member name -> entry). */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Folder names inside the archive ("json", "email/mime"), implied by member names. */
  readonly dirs = new Set<string>();

  private overlay = new Map<string, Uint8Array>();

  constructor(readonly path: string, private data: Uint8Array,
    private inflateRaw: (b: Uint8Array) => Uint8Array) {
    this.readCentralDirectory();
    for (const [name, text] of Object.entries(OVERLAY)) {
      const dir = name.slice(0, name.lastIndexOf('/'));
      if (this.entries.has(name) || !this.entries.has(`${dir}/__init__.py`)) continue;
      const bytes = new TextEncoder().encode(text);
      this.overlay.set(name, bytes);
      const init = this.entries.get(`${dir}/__init__.py`)!;
      this.entries.set(name, { method: -1, compressedSize: bytes.length, size: bytes.length,
        offset: 0, mtime: init.mtime });
    }
  }

  /**
   * The end-of-central-directory record is within the last 64 KiB + 22 bytes; it says where
   * the central directory starts and how many entries it has. @see Lib/zipimport.py _read_directory
   */
  private readCentralDirectory(): void {
    const d = this.data;
    const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
    let eocd = -1;
    for (let i = d.length - 22; i >= Math.max(0, d.length - 22 - 0xffff); i--) {
      if (v.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) throw new Error(`not a Zip file: '${this.path}'`);
    const count = v.getUint16(eocd + 10, true);
    let p = v.getUint32(eocd + 16, true);
    const dec = new TextDecoder('utf-8');
    for (let n = 0; n < count; n++) {
      if (v.getUint32(p, true) !== 0x02014b50) throw new Error(`bad central directory: '${this.path}'`);
      const method = v.getUint16(p + 10, true);
      const time = v.getUint16(p + 12, true);
      const date = v.getUint16(p + 14, true);
      const compressedSize = v.getUint32(p + 20, true);
      const size = v.getUint32(p + 24, true);
      const nameLen = v.getUint16(p + 28, true);
      const extraLen = v.getUint16(p + 30, true);
      const commentLen = v.getUint16(p + 32, true);
      const offset = v.getUint32(p + 42, true);
      const name = dec.decode(d.subarray(p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      const mtime = dosTime(date, time);
      if (name.endsWith('/')) {
        this.dirs.add(name.slice(0, -1));
        continue;
      }
      this.entries.set(name, { method, compressedSize, size, offset, mtime });
      for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
        this.dirs.add(name.slice(0, i));
      }
    }
  }

  /** A member's bytes (stored or deflated), or null when there is no such member. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (e === undefined) return null;
    if (e.method === -1) return this.overlay.get(name)!.slice();
    const d = this.data;
    const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
    const start = e.offset + 30 + v.getUint16(e.offset + 26, true) + v.getUint16(e.offset + 28, true);
    const raw = d.subarray(start, start + e.compressedSize);
    if (e.method === 0) return raw.slice();
    if (e.method === 8) return this.inflateRaw(raw);
    throw new Error(`can't decompress data; zlib not available`);
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }
}

/** Seconds since the epoch of a DOS date and time (local time, as zipimport reads it). */
function dosTime(date: number, time: number): number {
  const t = new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31,
    time >> 11, (time >> 5) & 63, (time & 31) * 2);
  return Math.floor(t.getTime() / 1000);
}

/** Archives already opened, by path: the directory is read once per process. */
const archives = new Map<string, ZipArchive | null>();

/** Open (or reuse) the archive at `path`; null when it is not a readable zip. */
export function openArchive(host: ArchiveHost, path: string): ZipArchive | null {
  let a = archives.get(path);
  if (a === undefined) {
    const data = host.readBytes(path);
    try {
      a = data === null ? null : new ZipArchive(path, data, host.inflateRaw);
    } catch {
      a = null;
    }
    archives.set(path, a);
  }
  return a;
}

/**
 * The finder for one sys.path entry inside an archive ("/x/python_stdlib.zip" or, for a
 * package's __path__, "/x/python_stdlib.zip/json"). Compiled code is cached under
 * `cacheDir`, mirroring the archive's layout, keyed by the member's date and size.
 * @see Lib/zipimport.py zipimporter.find_spec
 */
class ZipFinder implements PathEntryFinder {
  constructor(private archive: ZipArchive, private prefix: string,
    private cacheDir: string | null) {}

  find(fullname: string, leaf: string): FoundModule | null {
    const base = this.prefix === '' ? leaf : `${this.prefix}/${leaf}`;
    const init = `${base}/__init__.py`;
    if (this.archive.entry(init) !== undefined) {
      return { source: this.source(fullname, init, true),
        searchLocations: [`${this.archive.path}/${base}`] };
    }
    const mod = `${base}.py`;
    if (this.archive.entry(mod) !== undefined) {
      return { source: this.source(fullname, mod, false), searchLocations: [] };
    }
    return null;
  }

  private source(fullname: string, member: string, isPackage: boolean): FoundModule['source'] {
    const e = this.archive.entry(member)!;
    const a = this.archive;
    const slash = member.lastIndexOf('/');
    const cached = this.cacheDir === null ? null
      : `${this.cacheDir}/${member.slice(0, slash + 1)}__pycache__/`
        + `${member.slice(slash + 1, -3)}.${CACHE_TAG}.pyc`;
    return {
      origin: `${a.path}/${member}`, isPackage, mtime: e.mtime, size: e.size, cached,
      read: () => a.read(member),
      loader: new PyImporter(PyZipImporter_Type, { archive: a.path,
        prefix: this.prefix === '' ? '' : `${this.prefix}/` }),
    };
  }
}

/**
 * The path hook for archives: an entry that is a zip file, or a folder inside one. Compiled
 * code goes to `cacheDir` (one folder per archive, named by its size and date so a new
 * pyodide release does not reuse the old cache).
 */
export function zipPathHook(host: ArchiveHost, cacheRoot: string | null): HostPathHook {
  return {
    name: 'zipimporter',
    finderType: PyZipImporter_Type,
    fields: (entry) => ({ archive: entry, prefix: '' }),
    hook: (_interp: Interpreter, entry: string) => {
      // Find the archive: the longest leading part of the entry that is a file.
      let archivePath = entry;
      let prefix = '';
      for (;;) {
        const st = host.stat(archivePath);
        if (st !== null) {
          if (st.isDir) return null;
          break;
        }
        const slash = archivePath.lastIndexOf('/');
        if (slash <= 0) return null;
        prefix = prefix === '' ? archivePath.slice(slash + 1) : `${archivePath.slice(slash + 1)}/${prefix}`;
        archivePath = archivePath.slice(0, slash);
      }
      if (!archivePath.endsWith('.zip')) return null;
      const a = openArchive(host, archivePath);
      if (a === null) return null;
      if (prefix !== '' && !a.dirs.has(prefix)) return null;
      const st = host.stat(archivePath)!;
      const name = archivePath.slice(archivePath.lastIndexOf('/') + 1).replace(/\.zip$/, '');
      const cacheDir = cacheRoot === null ? null
        : `${cacheRoot}/${name}-${st.size}-${st.mtime}`;
      return new ZipFinder(a, prefix, cacheDir);
    },
  };
}
