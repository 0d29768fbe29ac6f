// `npm run conformance:compile`: ceval's compiler, marshal reader and disassembler against
// CPython 3.13 over the whole standard library.
//
//   node tools/conformance/compile.mjs [--filter SUBSTR] [--limit N] [--max-failures N]
//                                      [--no-source] [--no-pyc] [--root DIR]
//
// Checks, each reported as "N passed, M failed":
//   source/code-json   ceval compile(source) --code-json  vs CPython compile()
//   source/dis         ceval `-m dis -C -O`                 vs CPython
//   pyc/code-json      ceval marshal of CPython's .pyc      vs CPython marshal.loads
//   pyc/dis            ceval dis of that code object        vs CPython dis -C -O
// One python3.13 process (tools/oracle/code_json.py --batch) produces every CPython output
// and writes the .pyc files into a temp dir. Works (reporting failures) while the compiler
// is incomplete or missing.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const PY_ENV = { ...process.env, PYENV_VERSION: '3.13.0', PYTHONHASHSEED: '0' };
// ceval keys its str/bytes hash from PYTHONHASHSEED when core loads (below), as CPython does:
// seed 0 on both sides makes set and frozenset constants iterate in the same order.
process.env.PYTHONHASHSEED = '0';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const filter = opt('--filter', '');
const limit = Number(opt('--limit', '0'));
const maxFailures = Number(opt('--max-failures', '20'));
const doSource = !args.includes('--no-source');
const doPyc = !args.includes('--no-pyc');
const libRoot = opt('--root', spawnSync('python3.13', ['-c',
  'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { env: PY_ENV, encoding: 'utf8' })
  .stdout.trim());

// ---- ceval side: the built core package (dist/), built on demand ----
const dist = join(ROOT, 'core', 'dist');
if (!existsSync(join(dist, 'marshal.js')) || !existsSync(join(dist, 'dis.js'))) {
  console.error('building core/dist ...');
  spawnSync('npx', ['tsc', '-p', join(ROOT, 'core', 'tsconfig.json')], { stdio: 'inherit' });
}
const { loadPyc } = await import(join(dist, 'marshal.js'));
const { disassemble } = await import(join(dist, 'dis.js'));
const { codeJson } = await import(join(dist, 'codejson.js'));
let compile = null;
let compileMissing = '';
// compile() lives in compiler/index.ts (compile.ts in earlier layouts); either may be absent.
for (const entry of ['index.js', 'compile.js']) {
  try {
    const mod = await import(join(dist, 'compiler', entry));
    if (typeof mod.compile === 'function') {
      compile = mod.compile;
      break;
    }
    compileMissing = `core/dist/compiler/${entry} exports no compile()`;
  } catch (e) {
    compileMissing = `compiler not available (${String(e.message ?? e).split('\n')[0]})`;
  }
}

// ---- the corpus ----
function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'site-packages' || name === '__pycache__') continue;
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}
let files = walk(libRoot, []).filter((f) => !filter || f.includes(filter));
if (limit > 0) files = files.slice(0, limit);

const checks = {};
function check(name) {
  return (checks[name] ??= { passed: 0, failed: 0, shown: 0 });
}
const clip = (s) => (s.length > 160 ? s.slice(0, 160) + '...' : s);
// For --code-json lines, name the first differing key rather than print the whole line.
function jsonKeyDiff(a, b) {
  try {
    const x = JSON.parse(a);
    const y = JSON.parse(b);
    for (const k of Object.keys(y)) {
      const vx = JSON.stringify(x[k]);
      const vy = JSON.stringify(y[k]);
      if (vx !== vy) return `key "${k}" of ${y.qualname}: ceval ${clip(vx ?? '<missing>')}` +
        `\n      cpython ${clip(vy)}`;
    }
  } catch {
    // not JSON: fall back to the raw lines
  }
  return null;
}
function firstDiff(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const k = la[i] && lb[i] && lb[i].startsWith('{') ? jsonKeyDiff(la[i], lb[i]) : null;
      if (k) return `line ${i + 1}, ${k}`;
      return `line ${i + 1}:\n    ceval:   ${clip(JSON.stringify(la[i] ?? '<end>'))}\n` +
        `    cpython: ${clip(JSON.stringify(lb[i] ?? '<end>'))}`;
    }
  }
  return 'identical?';
}
// Code-object addresses in reprs can never match; everything else must.
const norm = (s) => s.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');
function record(name, file, ok, detail) {
  const c = check(name);
  if (ok) {
    c.passed++;
    return;
  }
  c.failed++;
  if (c.shown++ < maxFailures) {
    console.log(`FAIL ${name} ${relative(libRoot, file)}: ${detail}`);
  }
}
function compare(name, file, got, want) {
  if (got === want) record(name, file, true);
  else record(name, file, false, firstDiff(got, want));
}
function errText(e) {
  const pyType = e?.ob_type?.tp_name ?? e?.pyType;
  return `${pyType ?? e?.constructor?.name ?? 'Error'}: ${String(e?.message ?? e).split('\n')[0]}`;
}

function cevalSource(file, res) {
  if (!compile) {
    // Counted, not printed per file: the summary says why once.
    check('source/code-json').failed++;
    check('source/dis').failed++;
    return;
  }
  let code;
  try {
    const src = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    code = compile(src, file, 'exec');
  } catch (e) {
    // A Python exception object, or the front end's CompileError (a SyntaxError before the
    // runtime wraps it: same type, and its message must be CPython's too).
    const type = e?.ob_type?.tp_name ?? e?.kind;
    const sameMsg = e?.kind === undefined || (res.error ?? '').startsWith(`${e.kind}: ${e.msg} (`);
    if (res.error !== null && type === res.error.split(':')[0] && sameMsg) {
      record('source/code-json', file, true);
      record('source/dis', file, true);
    } else {
      const d = `ceval raised ${errText(e)}; cpython: ${res.error ?? 'compiled'}`;
      record('source/code-json', file, false, d);
      record('source/dis', file, false, d);
    }
    return;
  }
  if (res.error !== null) {
    record('source/code-json', file, false, `cpython raised ${res.error}; ceval compiled`);
    record('source/dis', file, false, `cpython raised ${res.error}; ceval compiled`);
    return;
  }
  try {
    compare('source/code-json', file, codeJson(code), res.codejson);
  } catch (e) {
    record('source/code-json', file, false, `crash: ${errText(e)}`);
  }
  try {
    compare('source/dis', file, norm(disassemble(code, { showCaches: true, showOffsets: true })),
      norm(res.dis));
  } catch (e) {
    record('source/dis', file, false, `crash: ${errText(e)}`);
  }
}

function cevalPyc(file, pyc, res) {
  if (res.error !== null) {
    // CPython could not compile this file (a deliberately broken test input): no .pyc.
    return;
  }
  let code;
  try {
    code = loadPyc(new Uint8Array(readFileSync(pyc))).code;
  } catch (e) {
    record('pyc/code-json', file, false, `marshal: ${errText(e)}`);
    record('pyc/dis', file, false, `marshal: ${errText(e)}`);
    return;
  }
  try {
    compare('pyc/code-json', file, codeJson(code), res.codejson);
  } catch (e) {
    record('pyc/code-json', file, false, `crash: ${errText(e)}`);
  }
  try {
    compare('pyc/dis', file, norm(disassemble(code, { showCaches: true, showOffsets: true })),
      norm(res.dis));
  } catch (e) {
    record('pyc/dis', file, false, `crash: ${errText(e)}`);
  }
}

// ---- drive the one CPython process ----
const tmp = mkdtempSync(join(tmpdir(), 'ceval-pyc-'));
const jobs = [];
files.forEach((f, i) => {
  if (doSource) jobs.push({ kind: 'py', file: f, line: f });
  if (doPyc) {
    const pyc = join(tmp, `${i}.pyc`);
    jobs.push({ kind: 'pyc', file: f, pyc, line: `${f}\t${pyc}` });
  }
});
const t0 = Date.now();
const py = spawn('python3.13', [join(ROOT, 'tools', 'oracle', 'code_json.py'), '--batch', '--dis'],
  { env: PY_ENV, stdio: ['pipe', 'pipe', 'inherit'] });
py.stdin.on('error', () => {});
py.stdin.end(jobs.map((j) => j.line).join('\n') + '\n');
const rl = createInterface({ input: py.stdout, crlfDelay: Infinity });
let n = 0;
for await (const line of rl) {
  const job = jobs[n++];
  let res;
  try {
    res = JSON.parse(line);
  } catch {
    console.log(`bad oracle output for ${job?.file}`);
    continue;
  }
  try {
    if (job.kind === 'py') cevalSource(job.file, res);
    else cevalPyc(job.file, job.pyc, res);
  } catch (e) {
    record(`${job.kind === 'py' ? 'source' : 'pyc'}/internal`, job.file, false, errText(e));
  }
  if (job.kind === 'pyc') rmSync(job.pyc, { force: true });
}
rmSync(tmp, { recursive: true, force: true });

console.log(`\n${files.length} stdlib files from ${libRoot} in ${((Date.now() - t0) / 1000)
  .toFixed(1)}s`);
if (!compile) console.log(`note: ${compileMissing}`);
for (const [name, c] of Object.entries(checks)) {
  console.log(`${name.padEnd(18)} ${c.passed} passed, ${c.failed} failed`);
}
