// The Host of host.ts over Node's built-ins (node:fs, node:zlib, node:crypto). Only this
// file imports node:*, so a browser build can leave it out and supply its own Host.

import {
  readFileSync, statSync, lstatSync, fstatSync, opendirSync, mkdirSync, rmdirSync, unlinkSync,
  renameSync, openSync, readSync, writeSync, closeSync, accessSync,
} from 'node:fs';
import * as os from 'node:os';
import { createHash, randomFillSync } from 'node:crypto';
import * as zlib from 'node:zlib';
import type { Host, HostStat, PosixHost, HostFullStat } from './host.js';

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** The host every Node program of ceval uses. */
export const nodeHost: Host = {
  readBytes(path: string): Uint8Array | null {
    try {
      return new Uint8Array(readFileSync(path));
    } catch {
      return null;
    }
  },
  stat(path: string): HostStat | null {
    try {
      const st = statSync(path);
      return { mtime: Math.floor(st.mtimeMs / 1000), size: st.size, isDir: st.isDirectory() };
    } catch {
      return null;
    }
  },
  inflateRaw: (data) => new Uint8Array(zlib.inflateRawSync(data)),
  now: () => Date.now() / 1000,
  monotonicNs: () => process.hrtime.bigint(),
  cpuTime: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  sleep(seconds: number): void {
    if (seconds > 0) Atomics.wait(sleepCell, 0, 0, seconds * 1000);
  },
  randomBytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) randomFillSync(b.subarray(i, Math.min(n, i + 65536)));
    return b;
  },
  digest(algorithm: string, data: Uint8Array): Uint8Array | null {
    try {
      // "shake128:N" asks for N bytes of output.
      const [name, len] = algorithm.split(':');
      const opts = len === undefined ? undefined : { outputLength: Number(len) };
      return new Uint8Array(createHash(name, opts).update(data).digest());
    } catch {
      return null;
    }
  },
  zlib(op, data, level, wbits): Uint8Array {
    const opts = { level, windowBits: Math.abs(wbits) > 15 ? Math.abs(wbits) - 16 : Math.abs(wbits) };
    const raw = wbits < 0;
    const gzip = wbits > 15;
    if (op === 'compress') {
      return new Uint8Array(raw ? zlib.deflateRawSync(data, opts)
        : gzip ? zlib.gzipSync(data, opts) : zlib.deflateSync(data, opts));
    }
    return new Uint8Array(raw ? zlib.inflateRawSync(data)
      : gzip ? zlib.gunzipSync(data) : zlib.inflateSync(data));
  },
  env: () => Object.fromEntries(Object.entries(process.env)
    .filter((e): e is [string, string] => e[1] !== undefined)),
  localZone(seconds: number) {
    const d = new Date(seconds * 1000);
    const offset = -d.getTimezoneOffset() * 60;
    const jan = -new Date(d.getFullYear(), 0, 1).getTimezoneOffset() * 60;
    const jul = -new Date(d.getFullYear(), 6, 1).getTimezoneOffset() * 60;
    const name = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
      .formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    return { offset, name, isDst: offset !== Math.min(jan, jul) };
  },
};

function fullStat(st: import('node:fs').BigIntStats): HostFullStat {
  return {
    mode: Number(st.mode), ino: st.ino, dev: st.dev, nlink: Number(st.nlink), uid: Number(st.uid),
    gid: Number(st.gid), size: st.size, atimeNs: st.atimeNs, mtimeNs: st.mtimeNs,
    ctimeNs: st.ctimeNs, blksize: Number(st.blksize), blocks: Number(st.blocks), rdev: Number(st.rdev),
  };
}

/** The PosixHost over node:fs, node:os and process. */
export const nodePosixHost: PosixHost = {
  getcwd: () => process.cwd(),
  chdir: (p) => process.chdir(p),
  listdir(p) {
    // The directory's own order, as readdir(3) gives it (readdirSync would sort).
    const dir = opendirSync(p);
    const names: string[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
    } finally {
      dir.closeSync();
    }
    return names;
  },
  stat: (p, follow) => fullStat((follow ? statSync : lstatSync)(p, { bigint: true })),
  fstat: (fd) => fullStat(fstatSync(fd, { bigint: true })),
  mkdir: (p, mode) => { mkdirSync(p, { mode }); },
  rmdir: (p) => rmdirSync(p),
  unlink: (p) => unlinkSync(p),
  rename: (a, b) => renameSync(a, b),
  open: (p, flags, mode) => openSync(p, flags, mode),
  read(fd, n) {
    const b = Buffer.alloc(n);
    const got = readSync(fd, b, 0, n, null);
    return new Uint8Array(b.subarray(0, got));
  },
  write: (fd, data) => writeSync(fd, data),
  close: (fd) => closeSync(fd),
  access(p, mode) {
    try {
      accessSync(p, mode);
      return true;
    } catch {
      return false;
    }
  },
  getpid: () => process.pid,
  getppid: () => process.ppid,
  ids: () => ({ uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0,
    euid: process.geteuid?.() ?? 0, egid: process.getegid?.() ?? 0 }),
  cpuCount: () => os.cpus().length,
  terminalSize(fd) {
    const s = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
    return s !== null && s.isTTY ? [s.columns, s.rows] : null;
  },
  uname: () => [os.type(), os.hostname(), os.release(), os.version(), os.machine()],
  exit: (code) => process.exit(code),
  umask: (mask) => process.umask(mask),
};
