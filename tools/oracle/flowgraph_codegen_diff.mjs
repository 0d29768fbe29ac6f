// Attributes compile mismatches to the code generator or to the back end: compiles each
// stdlib module with ceval, catches what ceval's codegen hands to the back end (per code
// unit), and compares it with what CPython 3.13's codegen produced for the same unit (the
// JSON lines of `gen_flowgraph.py --all FILE`). Units with the same input are then checked
// for the same output (`sameOut`): a miss there is the back end's fault; any input
// difference is codegen's.
//
//   node tools/oracle/flowgraph_codegen_diff.mjs /tmp/fg.jsonl [--filter S] [--show N]
// (`gen_flowgraph.py --files OUT a.py b.py` records other files, by absolute name.)

import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LIB = '/root/.pyenv/versions/3.13.0/lib/python3.13';
const out = '/tmp/ceval-codegen-diff.mjs';
await build({
  stdin: {
    contents: `export { compile } from './src/compiler/index.ts';
      export { setBackendTap, assembleToRecord } from './src/compiler/assemble.ts';
      export { ConstCache } from './src/compiler/flowgraph-consts.ts';
      export { hasTarget } from './src/compiler/flowgraph.ts';
      export { constText, goldenConstTexts, decodeConst } from './test/flowgraph-golden.ts';`,
    resolveDir: join(ROOT, 'core'), loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error',
});
const m = await import(pathToFileURL(out).href + '?' + Date.now());
const arg = (n, d) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : d);
const filter = arg('--filter', '');
const show = Number(arg('--show', '15'));

// CPython's units, grouped by module.
const byFile = new Map();
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line) continue;
  const c = JSON.parse(line);
  const file = c.filename;
  if (filter && !file.includes(filter)) continue;
  if (!byFile.has(file)) byFile.set(file, new Map());
  const key = c.name === file ? '<module>:1' : c.name.slice(file.length + 1);
  byFile.get(file).set(key, c);
}

const stats = { files: 0, crashed: 0, units: 0, same: 0, sameOut: 0, instrs: 0, meta: 0,
  missing: 0 };
const causes = new Map();
let shown = 0;
const opname = (op) => String(op);
for (const [file, units] of byFile) {
  stats.files++;
  const got = new Map();
  let lastKey = null;
  m.setBackendTap((seq, umd, flags) => {
    lastKey = `${umd.qualname}:${umd.firstlineno}`;
    // Labels become instruction indices, as in CPython's get_instructions().
    const instrs = seq.instrs.map((i) => [i.opcode,
      m.hasTarget(i.opcode) ? seq.labelMap[i.oparg] : i.oparg,
      i.loc.lineno, i.loc.end_lineno, i.loc.col_offset, i.loc.end_col_offset]);
    // What the back end makes of it (a private cache: the compiler's own one is not shared).
    const r = m.assembleToRecord(seq, umd, flags, file, { constCache: new m.ConstCache() });
    got.set(`${umd.qualname}:${umd.firstlineno}`, { instrs, umd, flags,
      consts: umd.consts.map(m.constText), out: r });
  });
  try {
    m.compile(readFileSync(existsSync(file) ? file : join(LIB, file), 'utf8'), file, 'exec');
  } catch (e) {
    stats.crashed++;
    const msg = String(e?.message ?? e).split('\n')[0];
    // The unit being assembled when it failed is the last one the tap saw.
    const c = lastKey && units.get(lastKey);
    const g = lastKey && got.get(lastKey);
    if (c && g && shown++ < show) {
      const want = c.instrs.map(([op, a, ...loc]) => [op, a < 0 ? 0 : a, ...loc]);
      const i = want.findIndex((w, k) => JSON.stringify(w) !== JSON.stringify(g.instrs[k]));
      console.log(`${file} ${lastKey}: ${msg}; first codegen difference at ${i}: cpython ` +
        `${JSON.stringify(want.slice(i, i + 3))} ceval ${JSON.stringify(g.instrs.slice(i, i + 3))}`);
    }
    causes.set('crash: ' + msg.slice(0, 70), (causes.get('crash: ' + msg.slice(0, 70)) ?? 0) + 1);
    continue;
  } finally {
    m.setBackendTap(null);
  }
  for (const [key, c] of units) {
    stats.units++;
    const g = got.get(key);
    if (!g) { stats.missing++; continue; }
    const want = c.instrs.map(([op, a, ...loc]) => [op, a < 0 ? 0 : a, ...loc]);
    let diffAt = -1;
    for (let i = 0; i < Math.max(want.length, g.instrs.length); i++) {
      if (JSON.stringify(want[i]) !== JSON.stringify(g.instrs[i])) { diffAt = i; break; }
    }
    if (diffAt >= 0) {
      stats.instrs++;
      const w = want[diffAt], h = g.instrs[diffAt];
      const kind = !w || !h ? 'length' : w[0] !== h[0] ? `opcode ${w[0]} vs ceval ${h[0]}`
        : w[1] !== h[1] ? `oparg of ${w[0]}` : 'location';
      causes.set(kind, (causes.get(kind) ?? 0) + 1);
      if (shown++ < show) {
        console.log(`${file} ${key}: instr ${diffAt}: cpython ${JSON.stringify(w)} ceval ` +
          `${JSON.stringify(h)}`);
      }
      continue;
    }
    const wantConsts = m.goldenConstTexts({ code: { co_consts: c.md.consts } });
    const constsOk = c.md.consts.every((e, i) => e.t === 'opaque' ||
      wantConsts[i] === g.consts[i]) && c.md.consts.length === g.consts.length;
    const names = (mp) => [...mp.keys()];
    const metaOk = constsOk && JSON.stringify(names(g.umd.names)) === JSON.stringify(c.md.names) &&
      JSON.stringify(names(g.umd.varnames)) === JSON.stringify(c.md.varnames) &&
      g.flags === c.flags;
    if (!metaOk) {
      stats.meta++;
      const kind = !constsOk ? 'consts' : g.flags !== c.flags ? 'flags' : 'names/varnames';
      causes.set('metadata ' + kind, (causes.get('metadata ' + kind) ?? 0) + 1);
      if (shown++ < show) {
        let detail = '';
        if (!constsOk) {
          const i = wantConsts.findIndex((w, k) => c.md.consts[k].t !== 'opaque' &&
            w !== g.consts[k]);
          detail = i >= 0 ? `[${i}] cpython ${wantConsts[i]} ceval ${g.consts[i]}`
            : `${wantConsts.length} vs ${g.consts.length} constants`;
        } else if (g.flags !== c.flags) detail = `cpython ${c.flags} ceval ${g.flags}`;
        console.log(`${file} ${key}: metadata ${kind} ${detail}`);
      }
      continue;
    }
    stats.same++;
    const hx = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    if (hx(g.out.co_code) === c.code.co_code && hx(g.out.co_linetable) === c.code.co_linetable &&
      hx(g.out.co_exceptiontable) === c.code.co_exceptiontable &&
      g.out.co_stacksize === c.code.co_stacksize) stats.sameOut++;
    else if (shown++ < show) console.log(`${file} ${key}: same input, different output`);
  }
}
console.log(stats);
console.log('codegen differences by first cause:',
  [...causes].sort((a, b) => b[1] - a[1]).slice(0, 25));
