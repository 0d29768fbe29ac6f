// The host services the C modules stand on (DESIGN.md: "Host services ... behind one small
// interface so the browser worker can supply its own"). CPython's C modules call libc and the
// kernel; ours call this interface. host-node.ts implements it over Node's built-ins; the
// playground's worker can implement it over fetch()ed files and Web Crypto.

/** A path's mtime (whole seconds), size and kind. */
export interface HostStat {
  mtime: number;
  size: number;
  isDir: boolean;
}

/** What the zip reader (zipimport.ts) needs: whole files, stat, and raw inflate. */
export interface ArchiveHost {
  readBytes(path: string): Uint8Array | null;
  stat(path: string): HostStat | null;
  /** Inflate a raw deflate stream (zip's method 8). */
  inflateRaw(data: Uint8Array): Uint8Array;
}

/** Everything the modules use from the host. */
export interface Host extends ArchiveHost {
  /** Wall-clock time in seconds (time.time). */
  now(): number;
  /** A monotonic clock in nanoseconds (time.monotonic_ns, perf_counter_ns). */
  monotonicNs(): bigint;
  /** CPU time used by the process, in seconds (time.process_time). */
  cpuTime(): number;
  /** Block for `seconds` (time.sleep). */
  sleep(seconds: number): void;
  /** `n` bytes from the system's random source (os.urandom, seeding _random). */
  randomBytes(n: number): Uint8Array;
  /** A message digest, or null when the host lacks the algorithm. */
  digest(algorithm: string, data: Uint8Array): Uint8Array | null;
  /** zlib streams: 'deflate' / 'inflate' with zlib framing, or raw, or gzip (wbits). */
  zlib(op: 'compress' | 'decompress', data: Uint8Array, level: number, wbits: number): Uint8Array;
  /** The process's environment, for os.environ. */
  env(): Record<string, string>;
  /** The local time zone's offset from UTC in seconds east at `seconds`, and its name. */
  localZone(seconds: number): { offset: number; name: string; isDst: boolean };
}

/** A file's stat as posix.stat_result needs it (times in nanoseconds). */
export interface HostFullStat {
  mode: number; ino: bigint; dev: bigint; nlink: number; uid: number; gid: number;
  size: bigint; atimeNs: bigint; mtimeNs: bigint; ctimeNs: bigint;
  blksize: number; blocks: number; rdev: number;
}

/**
 * The operating system calls of posixmodule.ts. Each throws a HostOSError (errno's name, as
 * node:fs reports it: "ENOENT") when the call fails.
 */
export interface PosixHost {
  getcwd(): string;
  chdir(path: string): void;
  listdir(path: string): string[];
  stat(path: string, follow: boolean): HostFullStat;
  fstat(fd: number): HostFullStat;
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(src: string, dst: string): void;
  open(path: string, flags: number, mode: number): number;
  read(fd: number, n: number): Uint8Array;
  write(fd: number, data: Uint8Array): number;
  close(fd: number): void;
  access(path: string, mode: number): boolean;
  getpid(): number;
  getppid(): number;
  ids(): { uid: number; gid: number; euid: number; egid: number };
  cpuCount(): number;
  terminalSize(fd: number): [number, number] | null;
  uname(): [string, string, string, string, string];
  exit(code: number): never;
  umask(mask: number): number;
}

/** What a failed host call throws: the errno name ("ENOENT"). */
export interface HostOSError {
  code: string;
}
