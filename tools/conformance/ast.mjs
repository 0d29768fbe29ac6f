// `npm run conformance:ast`: parses every .py file of CPython 3.13's standard library with
// ceval's parser (in-process) and compares `ast.dump(..., include_attributes=True, indent=3)`
// with what python3.13 prints (one python3.13 process for all files, comparing SHA-256s).
// Prints each failure and a last line `N passed, M failed`.
import { readFileSync, readdirSync, statSync, openSync, closeSync, mkdtempSync, rmSync }
  from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const core = join(root, 'core/dist/compiler');
const { parse } = await import(join(core, 'parser/index.js'));
const { astDump } = await import(join(core, 'astdump.js'));
const { decodeSource } = await import(join(core, 'encoding.js'));
const { CompileError } = await import(join(core, 'errors.js'));

const env = { ...process.env, PYENV_VERSION: '3.13.0', PYTHONHASHSEED: '0' };
const probe = spawnSync('python3.13', ['-c', 'import sys; print(sys.prefix)'], { env });
if (probe.status !== 0) {
  console.log('python3.13 not found: nothing to compare');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const libdir = process.argv[2] ??
  join(probe.stdout.toString().trim(), 'lib/python3.13');

/** Every .py file under `dir`, sorted, skipping site-packages. */
function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) {
      if (name !== 'site-packages' && name !== '__pycache__') walk(p, out);
    } else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}
const files = walk(libdir, []);

// Start the oracle first so both sides run at the same time; it writes to a file, so it never
// waits for this (busy) process to drain a pipe.
const tmp = mkdtempSync(join(tmpdir(), 'ceval-ast-'));
const outFd = openSync(join(tmp, 'oracle.jsonl'), 'w');
const oracle = spawn('python3.13', [join(root, 'tools/conformance/ast_oracle.py')],
  { env, stdio: ['pipe', outFd, 'inherit'] });
const oracleDone = new Promise((res) => oracle.on('close', res));
oracle.stdin.end(files.join('\n') + '\n');

const mine = new Map();
for (const f of files) {
  let rec;
  try {
    const src = decodeSource(readFileSync(f), f);
    const tree = parse(src, f, 'exec', { typeComments: true });
    const text = astDump(tree, { includeAttributes: true, indent: 3 }) + '\n';
    rec = { sha: createHash('sha256').update(text, 'utf8').digest('hex'), err: null };
  } catch (e) {
    if (e instanceof CompileError) {
      rec = { sha: null, err: `${e.kind}: ${e.msg} (${e.lineno}:${e.offset}-${e.end_lineno}:` +
        `${e.end_offset})` };
    } else if (e && e.pyType) {
      rec = { sha: null, err: `${e.pyType}: ${e.message}` };
    } else {
      const stack = e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : String(e);
      rec = { sha: null, err: `JS ${stack}` };
    }
  }
  mine.set(f, rec);
}
await oracleDone;
closeSync(outFd);
const oracleOut = readFileSync(join(tmp, 'oracle.jsonl'), 'utf8');
rmSync(tmp, { recursive: true, force: true });

let passed = 0;
let failed = 0;
for (const line of oracleOut.split('\n')) {
  if (!line) continue;
  const want = JSON.parse(line);
  const got = mine.get(want.file);
  if (got && got.sha === want.sha && got.err === want.err) {
    passed++;
  } else {
    failed++;
    const rel = want.file.slice(libdir.length + 1);
    const why = want.err || got?.err ? `want ${want.err ?? 'ok'}; got ${got?.err ?? 'ok'}`
      : 'dump differs';
    console.log(`FAIL ${rel}: ${why}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
