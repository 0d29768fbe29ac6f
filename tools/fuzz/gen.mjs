// The snippet generator of the differential fuzzer: seeded and deterministic, so a seed
// names the same cases on every machine. Each case is one Python expression over builtins,
// operators, methods, formatting and argument shapes (no classes); the driver (driver.mjs)
// evaluates it and prints its repr, or the exception's type and message.

/** A small seeded generator (the LCG of the C standard's example rand). */
export function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s >>> 8;
  };
  return {
    int: (n) => next() % n,
    pick: (xs) => xs[next() % xs.length],
    chance: (p) => next() % 1000 < p * 1000,
  };
}

const INTS = ['0', '1', '-1', '2', '3', '7', '-5', '255', 'True', 'False', '2**64', '-2**63'];
const FLOATS = ['0.0', '-0.0', '1.5', '-2.75', '1e300', "float('inf')", "float('nan')", '0.1'];
const COMPLEX = ['1j', '(2+3j)', '(-1.5-0j)'];
const STRS = ["''", "'a'", "'abc'", "'Hello World'", "' x '", "'a,b,,c'", "'\\U0001f600'", "'\\xdf'",
  "'12'", "'-3'", "'\\t\\n'", "'aAbB'", "'%s'", "'{}'", "'ab' * 3"];
const BYTES = ["b''", "b'abc'", "b'a b'", "bytearray(b'xy')", "b'\\xff'", "memoryview(b'mv')"];
const CONTAINERS = ['[1, 2, 3]', '[]', "['b', 'a']", '(1, 2)', '()', "{'a': 1}", '{}', '{1, 2}',
  'frozenset()', 'range(5)', 'range(2, 10, 3)', 'None', '[3, 1, 2]', "(0, 'x')"];
const SPECS = ["''", "'>5'", "'<5'", "'^7'", "'05'", "'+'", "'x'", "'#x'", "'b'", "'o'", "'e'",
  "'.2f'", "'%'", "',d'", "'_'", "'s'", "'.3'", "'z'", "'c'", "'n'", "'10.3g'", "'*^9'", "'='"];

const ALL = [...INTS, ...FLOATS, ...COMPLEX, ...STRS, ...BYTES, ...CONTAINERS];
const SMALL = [...INTS.slice(0, 10), ...FLOATS.slice(0, 5), ...STRS.slice(0, 6)];
const BIG = new Set(['2**64', '-2**63', '1e300']);

const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '==', '!=', '<',
  '<=', '>', '>=', 'in', 'not in'];
const UNOPS = ['-', '+', '~', 'not '];
const BUILTINS1 = ['abs', 'len', 'bool', 'int', 'float', 'str', 'repr', 'ascii', 'sorted', 'min',
  'max', 'sum', 'round', 'chr', 'ord', 'bin', 'oct', 'hex', 'list', 'tuple', 'set', 'dict',
  'bytes', 'bytearray', 'any', 'all', 'complex', 'frozenset', 'hash', 'iter', 'callable',
  'type', 'len', 'reversed', 'enumerate', 'zip', 'memoryview'];
const BUILTINS2 = ['divmod', 'pow', 'round', 'max', 'min', 'isinstance', 'format', 'int',
  'getattr', 'hasattr', 'sorted', 'zip', 'map', 'filter', 'range', 'slice', 'complex', 'str',
  'bytes', 'enumerate', 'sum'];
const STR_METHODS = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'strip',
  'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'partition', 'rpartition', 'find',
  'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'replace', 'center', 'ljust',
  'rjust', 'zfill', 'join', 'isdigit', 'isalpha', 'isspace', 'isidentifier', 'expandtabs',
  'removeprefix', 'removesuffix', 'encode', 'format', 'isnumeric', 'isdecimal', 'istitle',
  'translate', 'maketrans', 'isascii', 'isprintable'];
const BYTES_METHODS = ['upper', 'split', 'strip', 'find', 'count', 'replace', 'hex', 'decode',
  'join', 'startswith', 'center', 'partition', 'fromhex', 'isalnum', 'title', 'zfill',
  'translate', 'rsplit', 'index', 'removeprefix', 'expandtabs', 'splitlines', 'lstrip'];
const LIST_EXPRS = ['[1, 2, 3].index', '[1, 2, 3].count', "{'a': 1}.get", "{'a': 1}.pop",
  '{1, 2}.union', '{1, 2}.issubset', '(1, 2).index', "{'a': 1}.setdefault", '[3, 1, 2].copy',
  "dict.fromkeys", 'frozenset({1}).isdisjoint', "{'a': 1}.update", '[].pop'];
const KWNAMES = ['sep', 'maxsplit', 'key', 'default', 'start', 'end', 'chars', 'x', 'base',
  'encoding', 'errors', 'width', 'fillchar', 'keepends', 'reverse', 'ndigits'];

/** Arguments in some shape: none, positional, keyword, too many. */
function args(r, pool) {
  const n = r.int(4);
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(pool));
  if (r.chance(0.25)) out.push(`${r.pick(KWNAMES)}=${r.pick(pool)}`);
  return out.join(', ');
}

function binop(r) {
  const op = r.pick(BINOPS);
  let a = r.pick(ALL);
  let b = r.pick(ALL);
  // Keep CPython from computing for ever or allocating gigabytes: no big exponents or shifts,
  // no repeats by big counts.
  if ((op === '**' || op === '<<') && (BIG.has(b) || b === '255')) b = '3';
  if (op === '**' && BIG.has(a)) a = '2';
  if (op === '*' && (BIG.has(a) || BIG.has(b))) { a = '2'; }
  return `${a} ${op} ${b}`;
}

/**
 * The kinds of case: operators, one-argument builtins, format(), printf-style `%` (the
 * areas whose argument handling is settled), and calls in any argument shape (builtins with
 * several arguments, str/bytes/container methods), which wait for the one argument parser.
 */
export const KINDS = { operators: [0, 1, 2], builtins: [3], format: [7], printf: [8],
  calls: [4, 5, 6, 9] };

/** The kind (a key of KINDS) a case number belongs to. */
export function kindOf(k) {
  return Object.keys(KINDS).find((name) => KINDS[name].includes(k));
}

/** One case of one of `kinds` (all when null); `out.kind` receives its kind. */
export function snippet(r, kinds = null, out = {}) {
  const k = kinds === null ? r.int(10) : r.pick(kinds);
  out.kind = kindOf(k);
  switch (k) {
    case 0: case 1: return binop(r);
    case 2: return `${r.pick(UNOPS)}${r.pick(ALL)}`;
    case 3: {
      const f = r.pick(BUILTINS1);
      const e = `${f}(${r.pick(ALL)})`;
      // Iterators and views print their address: show their items instead.
      return ['iter', 'reversed', 'enumerate', 'zip', 'memoryview'].includes(f) ? `list(${e})` : e;
    }
    case 4: {
      const f = r.pick(BUILTINS2);
      const e = `${f}(${args(r, SMALL.concat(SPECS.slice(0, 6)))})`;
      return ['zip', 'map', 'filter', 'enumerate'].includes(f) ? `list(${e})` : e;
    }
    case 5: return `${r.pick(STRS)}.${r.pick(STR_METHODS)}(${args(r, SMALL)})`;
    case 6: return `${r.pick(BYTES)}.${r.pick(BYTES_METHODS)}(${args(r, [...BYTES, ...INTS.slice(0, 8), ...STRS.slice(0, 3)])})`;
    case 7: return `format(${r.pick(ALL)}, ${r.pick(SPECS)})`;
    case 8: {
      const fmt = r.pick(["'%s'", "'%d'", "'%5.2f'", "'%-4s|'", "'%x'", "'%r'", "'%c'", "'%(a)s'",
        "'%s %s'", "b'%s'", "b'%d'", "'%*d'", "'%e'", "'%%'", "'%i'", "'%#o'", "'%+g'"]);
      return `${fmt} % ${r.pick([r.pick(ALL), `(${r.pick(ALL)}, ${r.pick(ALL)})`, "{'a': 2}"])}`;
    }
    default: return `${r.pick(LIST_EXPRS)}(${args(r, SMALL)})`;
  }
}

/**
 * `count` cases from `seed`, of the named kinds (all when `only` is null); `kindsOut`, when
 * given, receives each case's kind.
 */
export function generate(seed, count, only = null, kindsOut = null) {
  const r = rng(seed);
  const kinds = only === null ? null : only.flatMap((k) => KINDS[k]);
  const out = [];
  const info = {};
  for (let i = 0; i < count; i++) {
    out.push(snippet(r, kinds, info));
    if (kindsOut !== null) kindsOut.push(info.kind);
  }
  return out;
}
