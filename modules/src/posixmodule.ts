// Mirrors Modules/posixmodule.c, as far as os.py and posixpath.py lean on it: the working
// folder, listdir, stat/lstat/fstat with os.stat_result, mkdir/rmdir/remove/rename, file
// descriptors (open/read/write/close), environ (bytes, as on POSIX), urandom, process ids,
// uname, cpu_count, get_terminal_size, strerror, fspath and _exit. Failures are OSError with
// errno and CPython's "[Errno 2] No such file or directory: 'x'" text. Calls go to a PosixHost.

import type { PyObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import type { Interpreter } from '@ceval/core/interpreter';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { newFloat } from '@ceval/core/objects/floatobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import {
  newException, newExceptionMsg, PyExc_OSError, PyExc_TypeError, PyExc_ValueError,
  PyExc_BaseException, PyBaseException,
} from '@ceval/core/objects/exceptions';
import { unpackKeywords } from '@ceval/core/runtime/getargs';
import { newList } from '@ceval/core/runtime/listobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, oneArg, positional, noArgs, specialMethod, asSsize, type Fn } from './_clinic.js';
import { newStructSeqType, newStructSeq } from './structseq.js';
import { errnoCode, strerror } from './errnomodule.js';
import type { Host, PosixHost, HostFullStat } from './host.js';

/** `os.stat_result`: ten visible fields, the float and nanosecond times as attributes. */
export const PyStatResult_Type = newStructSeqType({
  name: 'os.stat_result',
  fields: ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null,
    null, 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
    'st_blksize', 'st_blocks', 'st_rdev'],
  nInSequence: 10,
});
export const PyTerminalSize_Type = newStructSeqType({
  name: 'os.terminal_size', fields: ['columns', 'lines'], nInSequence: 2 });
export const PyUnameResult_Type = newStructSeqType({
  name: 'posix.uname_result', fields: ['sysname', 'nodename', 'release', 'version', 'machine'],
  nInSequence: 5 });

/** An OSError from a failed host call, with the file names CPython attaches. */
function osError(e: unknown, filename?: PyObject, filename2?: PyObject): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const code = errnoCode((e as { code?: string }).code ?? '') || 5;
  const args: PyObject[] = [newInt(code), newStr(strerror(code))];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(Py_None, filename2);
  return newException(PyExc_OSError, args);
}

/** A path argument: str, bytes or os.PathLike. @see posixmodule.c path_converter */
function pathArg(interp: Interpreter, fname: string, o: PyObject | undefined, allowFd = false):
  string | number {
  if (o instanceof PyUnicode) return o.value;
  if (o instanceof PyBytes) return new TextDecoder().decode(o.value);
  if (allowFd && o instanceof PyLong) return Number(o.value);
  if (o !== undefined) {
    const f = specialMethod(interp, o, '__fspath__');
    if (f !== null) return pathArg(interp, fname, interp.callObject(f, [], null));
  }
  const what = allowFd ? 'string, bytes, os.PathLike or integer' : 'string, bytes or os.PathLike';
  throw newExceptionMsg(PyExc_TypeError,
    `${fname}: path should be ${what}, not ${o === undefined ? 'NoneType' : typeName(o.ob_type)}`);
}

function statResult(st: HostFullStat): PyObject {
  const big = (v: bigint): PyObject => newInt(v <= 0x1fffffffffffffn ? Number(v) : v);
  const secs = (ns: bigint): PyObject => newInt(Number(ns / 1000000000n));
  const float = (ns: bigint): PyObject => newFloat(Number(ns) / 1e9);
  return newStructSeq(PyStatResult_Type, [newInt(st.mode), big(st.ino), big(st.dev),
    newInt(st.nlink), newInt(st.uid), newInt(st.gid), big(st.size), secs(st.atimeNs),
    secs(st.mtimeNs), secs(st.ctimeNs), float(st.atimeNs), float(st.mtimeNs), float(st.ctimeNs),
    big(st.atimeNs), big(st.mtimeNs), big(st.ctimeNs), newInt(st.blksize), newInt(st.blocks),
    newInt(st.rdev)]);
}

const O_FLAGS: [string, number][] = [['O_RDONLY', 0], ['O_WRONLY', 1], ['O_RDWR', 2],
  ['O_CREAT', 64], ['O_EXCL', 128], ['O_NOCTTY', 256], ['O_TRUNC', 512], ['O_APPEND', 1024],
  ['O_NONBLOCK', 2048], ['O_DSYNC', 4096], ['O_DIRECTORY', 65536], ['O_NOFOLLOW', 131072],
  ['O_CLOEXEC', 524288], ['O_SYNC', 1052672], ['O_ACCMODE', 3]];

/** Build `posix`. @see Modules/posixmodule.c posixmodule_exec */
export function makePosixModule(interp: Interpreter, host: Host, px: PosixHost): PyModule {
  const call = <T>(f: () => T, filename?: PyObject, filename2?: PyObject): T => {
    try {
      return f();
    } catch (e) {
      throw osError(e, filename, filename2);
    }
  };
  const statFn = (fname: string, follow0: boolean): Fn => (args, kw) => {
    const [p, , fs] = unpackKeywords({ fname, names: ['path', 'dir_fd', 'follow_symlinks'],
      posonly: 0, required: 1, kwonly: 2 }, args, kw);
    const path = pathArg(interp, fname, p, true);
    const follow = fs === undefined ? follow0 : interp.hooks.isTrue(fs);
    if (typeof path === 'number') return statResult(call(() => px.fstat(path)));
    return statResult(call(() => px.stat(path, follow), p));
  };
  const onePath = (fname: string, f: (p: string) => void): Fn => (args, kw) => {
    const [p] = unpackKeywords({ fname, names: ['path', 'dir_fd'], posonly: 0, required: 1,
      kwonly: 1 }, args, kw);
    const path = pathArg(interp, fname, p) as string;
    call(() => f(path), p);
    return Py_None;
  };
  const twoPaths = (fname: string): Fn => (args, kw) => {
    const [a, b] = unpackKeywords({ fname, names: ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'],
      posonly: 0, required: 2, kwonly: 2 }, args, kw);
    const pa = pathArg(interp, fname, a) as string;
    const pb = pathArg(interp, fname, b) as string;
    call(() => px.rename(pa, pb), a, b);
    return Py_None;
  };
  // A negative descriptor never reaches the host (node:fs rejects it with its own error).
  const fd = (o: PyObject): number => {
    const n = asSsize(o);
    if (n < 0) throw newException(PyExc_OSError, [newInt(9), newStr(strerror(9))]);
    return n;
  };
  return newModule('posix', (def, m) => {
    def('getcwd', (a, k) => { noArgs('posix.getcwd', a, k); return newStr(call(() => px.getcwd())); });
    def('getcwdb', (a, k) => {
      noArgs('posix.getcwdb', a, k);
      return newBytes(new TextEncoder().encode(call(() => px.getcwd())));
    });
    def('chdir', onePath('chdir', (p) => px.chdir(p)));
    def('listdir', (args, kw) => {
      const [p] = unpackKeywords({ fname: 'listdir', names: ['path'], posonly: 0, required: 0,
        kwonly: 0 }, args, kw);
      const path = p === undefined || p === Py_None ? '.' : pathArg(interp, 'listdir', p, true);
      const names = call(() => px.listdir(String(path)), p ?? newStr('.'));
      const asBytes = p instanceof PyBytes;
      return newList(names.map((n) => (asBytes ? newBytes(new TextEncoder().encode(n)) : newStr(n))));
    });
    def('stat', statFn('stat', true));
    def('lstat', statFn('lstat', false));
    def('fstat', (args, kw) => statResult(call(() => px.fstat(fd(oneArg('posix.fstat', args, kw))))));
    def('mkdir', (args, kw) => {
      const [p, mode] = unpackKeywords({ fname: 'mkdir', names: ['path', 'mode', 'dir_fd'],
        posonly: 0, required: 1, kwonly: 1 }, args, kw);
      const path = pathArg(interp, 'mkdir', p) as string;
      call(() => px.mkdir(path, mode === undefined ? 0o777 : Number((mode as PyLong).value)), p);
      return Py_None;
    });
    def('rmdir', onePath('rmdir', (p) => px.rmdir(p)));
    def('remove', onePath('remove', (p) => px.unlink(p)));
    def('unlink', onePath('unlink', (p) => px.unlink(p)));
    def('rename', twoPaths('rename'));
    def('replace', twoPaths('replace'));
    def('open', (args, kw) => {
      const [p, flags, mode] = unpackKeywords({ fname: 'open', names: ['path', 'flags', 'mode',
        'dir_fd'], posonly: 0, required: 2, kwonly: 1 }, args, kw);
      const path = pathArg(interp, 'open', p) as string;
      const fl = Number((flags as PyLong).value);
      return newInt(call(() => px.open(path, fl, mode === undefined ? 0o777 : Number((mode as PyLong).value)), p));
    });
    def('read', (args, kw) => {
      positional('read', 'posix.read', args, kw, 2, 2);
      const n = asSsize(args[1]);
      if (n < 0) throw newException(PyExc_OSError, [newInt(22), newStr(strerror(22))]);
      return newBytes(call(() => px.read(fd(args[0]), n)));
    });
    def('write', (args, kw) => {
      positional('write', 'posix.write', args, kw, 2, 2);
      const data = args[1];
      if (!(data instanceof PyBytes)) {
        throw newExceptionMsg(PyExc_TypeError, `a bytes-like object is required, not '${typeName(data.ob_type)}'`);
      }
      return newInt(call(() => px.write(fd(args[0]), data.value)));
    });
    def('close', (args, kw) => { const f = fd(oneArg('posix.close', args, kw)); call(() => px.close(f)); return Py_None; });
    def('access', (args, kw) => {
      const [p, mode] = unpackKeywords({ fname: 'access', names: ['path', 'mode', 'dir_fd',
        'effective_ids', 'follow_symlinks'], posonly: 0, required: 2, kwonly: 3 }, args, kw);
      const path = pathArg(interp, 'access', p) as string;
      return px.access(path, Number((mode as PyLong).value)) ? interp.builtins.getItemStr('True')!
        : interp.builtins.getItemStr('False')!;
    });
    def('getpid', (a, k) => { noArgs('posix.getpid', a, k); return newInt(px.getpid()); });
    def('getppid', (a, k) => { noArgs('posix.getppid', a, k); return newInt(px.getppid()); });
    for (const id of ['uid', 'gid', 'euid', 'egid'] as const) {
      def(`get${id}`, (a, k) => { noArgs(`posix.get${id}`, a, k); return newInt(px.ids()[id]); });
    }
    def('cpu_count', (a, k) => { noArgs('posix.cpu_count', a, k); return newInt(px.cpuCount()); });
    def('get_terminal_size', (args, kw) => {
      positional('get_terminal_size', 'posix.get_terminal_size', args, kw, 0, 1);
      const f = args[0] === undefined ? 1 : fd(args[0]);
      const sz = px.terminalSize(f);
      if (sz === null) throw newException(PyExc_OSError, [newInt(25), newStr(strerror(25))]);
      return newStructSeq(PyTerminalSize_Type, [newInt(sz[0]), newInt(sz[1])]);
    });
    def('uname', (a, k) => {
      noArgs('posix.uname', a, k);
      return newStructSeq(PyUnameResult_Type, px.uname().map((s) => newStr(s)));
    });
    def('urandom', (args, kw) => {
      const n = asSsize(oneArg('posix.urandom', args, kw));
      if (n < 0) throw newExceptionMsg(PyExc_ValueError, 'negative argument not allowed');
      return newBytes(host.randomBytes(n));
    });
    def('strerror', (args, kw) => {
      const code = oneArg('posix.strerror', args, kw);
      return newStr(strerror(asSsize(code)));
    });
    def('fspath', (args, kw) => {
      const [p] = unpackKeywords({ fname: 'fspath', names: ['path'], posonly: 0, required: 1,
        kwonly: 0 }, args, kw);
      if (p instanceof PyUnicode || p instanceof PyBytes) return p;
      const f = specialMethod(interp, p!, '__fspath__');
      if (f === null) {
        throw newExceptionMsg(PyExc_TypeError,
          `expected str, bytes or os.PathLike object, not ${typeName(p!.ob_type)}`);
      }
      const r = interp.callObject(f, [], null);
      if (!(r instanceof PyUnicode) && !(r instanceof PyBytes)) {
        throw newExceptionMsg(PyExc_TypeError, `expected ${typeName(p!.ob_type)}.__fspath__() `
          + `to return str or bytes, not ${typeName(r.ob_type)}`);
      }
      return r;
    });
    def('umask', (args, kw) => newInt(px.umask(asSsize(oneArg('posix.umask', args, kw)))));
    def('_exit', (args, kw) => px.exit(asSsize(oneArg('posix._exit', args, kw))));
    const env = new PyDict();
    const enc = new TextEncoder();
    for (const [k, v] of Object.entries(host.env())) {
      env.setItem(newBytes(enc.encode(k)), newBytes(enc.encode(v)));
    }
    m.dict.setItemStr('environ', env);
    m.dict.setItemStr('error', PyExc_OSError);
    m.dict.setItemStr('stat_result', PyStatResult_Type);
    m.dict.setItemStr('terminal_size', PyTerminalSize_Type);
    m.dict.setItemStr('uname_result', PyUnameResult_Type);
    for (const [k, v] of [['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1], ...O_FLAGS] as [string, number][]) {
      m.dict.setItemStr(k, newInt(v));
    }
    m.dict.setItemStr('_have_functions', newList([]));
    void PyExc_BaseException;
  });
}
