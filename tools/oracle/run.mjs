// `npm run oracle`: regenerate everything ceval compares against from CPython 3.13 itself:
// the tables generated from CPython's own data (opcodes, AST classes, type layouts, method
// conventions, libm tables, Unicode names) and the golden files the tests read. Each step is
// one of the scripts beside this file; each runs under python3.13 with PYTHONHASHSEED=0.
//
//   node tools/oracle/run.mjs              every step, in order
//   node tools/oracle/run.mjs --list       the steps
//   node tools/oracle/run.mjs --only NAME  the steps whose name contains NAME
//
// The libm and float pow tables are read out of this machine's libm.so.6 (see those
// scripts): regenerate them only on a glibc 2.36 x86-64 machine with FMA, as the goldens
// that check them were recorded on one.

import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, openSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const env = { ...process.env, PYENV_VERSION: '3.13.0', PYTHONHASHSEED: '0' };

const lectures = readdirSync(join(ROOT, 'lectures')).filter((d) => /^\d\d-/.test(d)).sort();

/** [name, script, args, stdout file or null] */
const steps = [
  ['opcode table', 'gen_opcode.py', [], null],
  ['AST classes', 'gen_ast.py', [], 'core/src/compiler/ast.ts'],
  ['Unicode names', 'gen_unicode_names.py', [], null],
  ['stdlib module names', 'gen_stdlib_names.py', [], null],
  ['type layouts', 'gen_type_layout.py', [], null],
  ['method conventions', 'gen_method_arity.py', [], null],
  ['float pow tables', 'gen_floatpow_data.py', [], null],
  ['libm tables', 'gen_libm_data.py', [], null],
  ['tokenizer cases', 'tokenize.py', ['cases'], null],
  ['AST goldens', 'ast_goldens.py', [], null],
  ['syntax error goldens', 'syntax_errors.py', [], null],
  ['compile goldens', 'compile_cases.py', [], null],
  ['flowgraph goldens', 'gen_flowgraph.py', [], null],
  ['flowgraph unit goldens', 'gen_flowgraph_units.py', [], null],
  ['dis goldens', 'dis_goldens.py', [], null],
  ['pyc goldens', 'pyc_goldens.py', [], null],
  ['object goldens', 'objects.py', [], null],
  ['lecture 05 case tables', 'lecture05_case.py', [], null],
  ['lecture 05 codec goldens', 'lecture05_codecs.py', [], null],
  ['_sre Unicode tables', 'sre_unicode.py', [], null],
  ['_sre goldens', 'sre_goldens.py', [], null],
  ['_sre program', 'sre_programs.py', [], null],
  ['_sre program goldens', 'run_goldens.py', ['modules/test/sre-programs'], null],
  ['core run goldens', 'run_goldens.py', [], null],
  ...lectures.filter((l) => existsSync(join(ROOT, 'lectures', l, 'examples')))
    .map((l) => [`${l} examples`, 'run_goldens.py', [`lectures/${l}/examples`], null]),
  ...lectures.filter((l) => existsSync(join(ROOT, 'lectures', l, 'notes.md')))
    .map((l) => [`${l} notes`, 'run_notes.py', [`lectures/${l}/notes.md`], null]),
  ['C module goldens', 'run_goldens.py', ['modules/test/programs'], null],
  ['import system goldens', 'run_goldens.py', ['modules/test/import'], null],
  ['errno table', 'gen_errno.py', [], null],
  ['stdlib zip against 3.13.0', 'stdlib_zip_diff.py', [], null],
  ['cli goldens', 'cli_goldens.py', [], null],
  ['docs goldens', 'docs-e2e.py', [], null],
  ['docs opnames', 'docs-opnames.py', [], null],
];

const args = process.argv.slice(2);
if (args.includes('--list')) {
  for (const [name, script, a] of steps) console.log(`${name.padEnd(28)} ${script} ${a.join(' ')}`);
  process.exit(0);
}
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
let failed = 0;
for (const [name, script, a, out] of steps) {
  if (only !== null && !name.includes(only) && !script.includes(only)) continue;
  process.stdout.write(`${name} ... `);
  const fd = out === null ? 'pipe' : openSync(join(ROOT, out), 'w');
  const r = spawnSync('python3.13', [join(HERE, script), ...a], {
    cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], maxBuffer: 1 << 28,
  });
  if (typeof fd === 'number') closeSync(fd);
  if (r.status === 0) console.log('ok');
  else {
    failed++;
    console.log(`FAILED (${r.status})\n${(r.stderr ?? '').trim().split('\n').slice(-5).join('\n')}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
