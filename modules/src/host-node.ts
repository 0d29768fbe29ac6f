// The Host of host.ts over Node's built-ins (node:fs, node:zlib, node:crypto). Only this
// file imports node:*, so a browser build can leave it out and supply its own Host.

import { readFileSync, statSync } from 'node:fs';
import { createHash, randomFillSync } from 'node:crypto';
import * as zlib from 'node:zlib';
import type { Host, HostStat } from './host.js';

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
