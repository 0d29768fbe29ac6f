// Mirrors what Python/flowgraph.c and Python/compile.c need to know about constants: their
// truth value (PyObject_IsTrue on bare constants), the constant key that de-duplicates them
// (_PyCode_ConstantKey) and the const cache (_PyCompile_ConstCacheMergeOne, add_const).

import type { PyObject } from '../object.js';
import { Py_None, Py_Ellipsis } from '../objects/noneobject.js';
import { PyLong_Type, PyLong } from '../objects/longobject.js';
import { PyBool_Type, Py_True, Py_False } from '../objects/boolobject.js';
import { PyFloat_Type, PyFloat } from '../objects/floatobject.js';
import { PyComplex_Type, PyComplex } from '../objects/complexobject.js';
import { PyUnicode_Type, PyUnicode, internInPlace } from '../objects/unicodeobject.js';
import { PyBytes_Type, PyBytes } from '../objects/bytesobject.js';
import { PyTuple_Type, PyTuple, newTuple } from '../objects/tupleobject.js';
import { PyFrozenSet_Type, PySetObject, newFrozenSet, setKeys } from '../objects/setobject.js';

/**
 * The compiler's const cache: one canonical object per constant key, shared by all code
 * units of a compilation so equal constants are the same object.
 * @see Python/compile.c c_const_cache
 */
export class ConstCache {
  /** Canonical objects by constant key (see `constKey`). */
  readonly canonical = new Map<string, PyObject>();
  /** Fast paths for the commonest constants: str by text, int by (safe) value. */
  readonly strs = new Map<string, PyObject>();
  readonly ints = new Map<number, PyObject>();
  /** Per consts list, object -> index, so add_const is a lookup, not a scan. */
  readonly indexes = new WeakMap<PyObject[], Map<PyObject, number>>();
  /** The last list looked up, and its index: code generation adds to one list at a time. */
  lastConsts: PyObject[] | null = null;
  lastIndex: Map<PyObject, number> | null = null;
  /** Keys already computed, by object (constants are immutable). */
  readonly keys = new WeakMap<PyObject, string>();
  private nextId = 0;
  /** A key no other object shares (identity-keyed constants, NaNs). */
  uniqueKey(o: PyObject): string {
    let k = this.keys.get(o);
    if (k === undefined) {
      k = '#' + this.nextId++;
      this.keys.set(o, k);
    }
    return k;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function doubleBits(d: number): string {
  f64[0] = d;
  return u32[1].toString(16) + ':' + u32[0].toString(16);
}

/**
 * A string that is equal for two constants exactly when their `_PyCode_ConstantKey`s are:
 * type-sensitive (1, 1.0 and True differ), -0.0 apart from 0.0, NaNs equal only to
 * themselves, tuples and frozensets by their items' keys, everything else by identity.
 * @see Objects/codeobject.c _PyCode_ConstantKey
 */
export function constKey(cache: ConstCache, o: PyObject): string {
  const known = cache.keys.get(o);
  if (known !== undefined) return known;
  let k: string;
  const t = o.ob_type;
  if (o === Py_None) k = 'N';
  else if (o === Py_Ellipsis) k = 'E';
  else if (t === PyLong_Type) k = 'i' + String((o as PyLong).value);
  else if (t === PyBool_Type) k = o === Py_True ? 'b1' : 'b0';
  else if (t === PyUnicode_Type) k = 's' + (o as PyUnicode).value;
  else if (t === PyBytes_Type) k = 'y' + Array.from((o as PyBytes).value).join(',');
  else if (t === PyFloat_Type) {
    const v = (o as PyFloat).value;
    k = v !== v ? cache.uniqueKey(o) : 'f' + doubleBits(v);
  } else if (t === PyComplex_Type) {
    const c = o as PyComplex;
    k = c.real !== c.real || c.imag !== c.imag ? cache.uniqueKey(o)
      : 'c' + doubleBits(c.real) + '/' + doubleBits(c.imag);
  } else if (t === PyTuple_Type) {
    k = 't(' + (o as PyTuple).items.map((x) => constKey(cache, x)).join('|') + ')';
  } else if (t === PyFrozenSet_Type) {
    const parts = setKeys(o as PySetObject).map((x) => constKey(cache, x)).sort();
    k = 'z{' + parts.join('|') + '}';
  } else {
    k = cache.uniqueKey(o);
  }
  cache.keys.set(o, k);
  return k;
}

/**
 * The canonical object for `o`'s key, registering `o` if it is the first.
 * @see Python/compile.c _PyCompile_ConstCacheMergeOne
 */
export function constCacheMerge(cache: ConstCache, o: PyObject): PyObject {
  const t = o.ob_type;
  if (t === PyUnicode_Type) {
    const v = (o as PyUnicode).value;
    const found = cache.strs.get(v);
    if (found !== undefined) return found;
    cache.strs.set(v, o);
    return o;
  }
  if (t === PyLong_Type && typeof (o as PyLong).value === 'number') {
    const v = (o as PyLong).value as number;
    const found = cache.ints.get(v);
    if (found !== undefined) return found;
    cache.ints.set(v, o);
    return o;
  }
  if (o === Py_None || o === Py_Ellipsis || o === Py_True || o === Py_False) return o;
  const k = constKey(cache, o);
  const found = cache.canonical.get(k);
  if (found !== undefined) return found;
  if (t === PyFrozenSet_Type && (o as PySetObject).used > 0) {
    // CPython caches a *new* frozenset built from the merged items in the old one's
    // iteration order (const_cache_insert); re-inserting can lay a table with colliding
    // hashes out differently, and that is the order the constant prints in.
    const rebuilt = newFrozenSet(setKeys(o as PySetObject).map((x) => constCacheMerge(cache, x)));
    cache.canonical.set(k, rebuilt);
    return rebuilt;
  }
  cache.canonical.set(k, o);
  return o;
}

// Strings every 3.13 interpreter has interned before it compiles anything: the keywords and
// the names in builtins (from python3.13: keyword.kwlist + softkwlist + dir(builtins)).
const STARTUP_INTERNED: ReadonlySet<string> = new Set((''
  + 'ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup '
  + 'BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError '
  + 'ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError '
  + 'DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception '
  + 'ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning '
  + 'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError '
  + 'IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError '
  + 'NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError '
  + 'PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError '
  + 'RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration '
  + 'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True '
  + 'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
  + 'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError _ '
  + '_IncompleteInputError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ '
  + '__package__ __spec__ abs aiter all and anext any as ascii assert async await bin bool break '
  + 'breakpoint bytearray bytes callable case chr class classmethod compile complex continue '
  + 'copyright credits def del delattr dict dir divmod elif else enumerate eval except exec exit '
  + 'filter finally float for format from frozenset getattr global globals hasattr hash help hex '
  + 'id if import in input int is isinstance issubclass iter lambda len license list locals map '
  + 'match max memoryview min next nonlocal not object oct open or ord pass pow print property '
  + 'quit raise range repr return reversed round set setattr slice sorted staticmethod str sum '
  + 'super try tuple type vars while with yield zip ').trim().split(' '));

/**
 * Identifiers the parser interned for the module being compiled (see internFrozenSets).
 * Only a frozenset of strings needs them, so they are gathered on first use: walking the
 * whole AST for every compile would cost a fifth of the compiler's time.
 */
let moduleIdentifiers: ReadonlySet<string> | (() => ReadonlySet<string>) = new Set();

export function setModuleIdentifiers(ids: ReadonlySet<string> | (() => ReadonlySet<string>))
  : void {
  moduleIdentifiers = ids;
}

function isModuleIdentifier(s: string): boolean {
  if (typeof moduleIdentifiers === 'function') moduleIdentifiers = moduleIdentifiers();
  return moduleIdentifiers.has(s);
}

const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/**
 * Code-object creation interns identifier-like str constants (intern_constants in
 * codeobject.c). When a frozenset holds such a string and an equal string was already
 * interned — the parser interns every identifier of the module — the item is swapped for the
 * interned object and the frozenset is rebuilt once more, from its iteration order.
 */
export function internFrozenSets(consts: PyObject[]): void {
  for (let i = 0; i < consts.length; i++) {
    const o = consts[i];
    if (o.ob_type !== PyFrozenSet_Type) continue;
    const items = setKeys(o as PySetObject);
    const swapped = items.some((x) => x.ob_type === PyUnicode_Type
      && (x as PyUnicode).value.length > 1 && NAME_CHARS.test((x as PyUnicode).value)
      && (isModuleIdentifier((x as PyUnicode).value)
        || STARTUP_INTERNED.has((x as PyUnicode).value)));
    if (swapped) consts[i] = newFrozenSet(items);
  }
}

/**
 * Identifier-like str constants (and those inside tuple constants) become the interned
 * objects, the ones `sys.intern` returns: `compile('x = "spam"', ...)`'s constant is
 * `sys.intern('spam')`. @see Objects/codeobject.c intern_constants, should_intern_string
 */
export function internStrConstants(consts: PyObject[]): void {
  for (let i = 0; i < consts.length; i++) {
    const o = consts[i];
    if (o.ob_type === PyUnicode_Type) {
      if (NAME_CHARS.test((o as PyUnicode).value)) consts[i] = internInPlace(o as PyUnicode);
    } else if (o.ob_type === PyTuple_Type) {
      internStrConstants((o as PyTuple).items);
    }
  }
}

/**
 * The index of `newconst` in `consts`, appending it if not there. The search is by identity,
 * after merging through the cache: the code generator's constants went through the same
 * cache (see `seedConstCache`), so an equal constant is the same object.
 * @see Python/flowgraph.c add_const
 */
export function addConst(newconst: PyObject, consts: PyObject[], cache: ConstCache): number {
  const merged = constCacheMerge(cache, newconst);
  let index = cache.lastConsts === consts ? cache.lastIndex : cache.indexes.get(consts);
  // The index map is rebuilt whenever the list changed behind our back.
  if (index == null || index.size !== consts.length) index = indexConsts(cache, consts);
  else if (cache.lastConsts !== consts) {
    cache.lastConsts = consts;
    cache.lastIndex = index;
  }
  let i = index.get(merged);
  if (i !== undefined && consts[i] !== merged) {
    index = indexConsts(cache, consts);
    i = index.get(merged);
  }
  if (i !== undefined) return i;
  consts.push(merged);
  index.set(merged, consts.length - 1);
  return consts.length - 1;
}

function indexConsts(cache: ConstCache, consts: PyObject[]): Map<PyObject, number> {
  const index = new Map<PyObject, number>();
  for (let i = 0; i < consts.length; i++) if (!index.has(consts[i])) index.set(consts[i], i);
  cache.indexes.set(consts, index);
  cache.lastConsts = consts;
  cache.lastIndex = index;
  return index;
}

/**
 * Registers a unit's constants as canonical, as CPython's `_PyCompile_AddConst` does when the
 * code generator adds them (equal constants of one unit are already one entry).
 */
export function seedConstCache(cache: ConstCache, consts: PyObject[]): void {
  for (let i = 0; i < consts.length; i++) consts[i] = constCacheMerge(cache, consts[i]);
}

/**
 * `PyObject_IsTrue` for the constant types the compiler builds.
 * @see Objects/object.c PyObject_IsTrue
 */
export function constIsTrue(o: PyObject): boolean {
  if (o === Py_None) return false;
  if (o === Py_True) return true;
  if (o === Py_False) return false;
  const t = o.ob_type;
  if (t === PyLong_Type) {
    const v = (o as PyLong).value;
    return typeof v === 'number' ? v !== 0 : v !== 0n;
  }
  if (t === PyFloat_Type) return (o as PyFloat).value !== 0;
  if (t === PyComplex_Type) return (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0;
  if (t === PyUnicode_Type) return (o as PyUnicode).value.length !== 0;
  if (t === PyBytes_Type) return (o as PyBytes).value.length !== 0;
  if (t === PyTuple_Type) return (o as PyTuple).items.length !== 0;
  if (t === PyFrozenSet_Type) return (o as PySetObject).used !== 0;
  return true; // Ellipsis, code objects and anything else without __bool__/__len__
}

export function isNoneConst(o: PyObject): boolean {
  return o === Py_None;
}
export function boolConst(b: boolean): PyObject {
  return b ? Py_True : Py_False;
}
export function makeConstTuple(items: PyObject[]): PyObject {
  return newTuple(items);
}
export function makeConstFrozenSet(items: PyObject[]): PyObject {
  return newFrozenSet(items);
}
