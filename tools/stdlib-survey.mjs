// Which standard-library modules import on ceval today: tries `import NAME` for every
// top-level module of the stdlib zip (and the C modules of @ceval/modules) in a fresh
// `ceval -c` each, and prints a Markdown table (NAME, ok or the error that stopped it).
//   node tools/stdlib-survey.mjs [--upto NN] > survey.md
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const require = createRequire(new URL('../modules/package.json', import.meta.url));
const zip = readFileSync(require.resolve('pyodide/python_stdlib.zip'));
void inflateRawSync;
// Member names from the central directory (the same walk as modules/src/zipimport.ts).
const names = new Set();
let eocd = zip.length - 22;
while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
let p = zip.readUInt32LE(eocd + 16);
for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
  const nameLen = zip.readUInt16LE(p + 28);
  const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
  p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\.py|\/__init__\.py)$/.exec(name);
  if (m && !m[1].startsWith('_sysconfigdata')) names.add(m[1]);
}
const extra = process.argv.includes('--upto') ? ['--upto', process.argv[process.argv.indexOf('--upto') + 1]] : [];
const ceval = new URL('../cli/bin/ceval.js', import.meta.url).pathname;
const rows = [];
for (const name of [...names].sort()) {
  let status;
  try {
    execFileSync('node', [ceval, ...extra, '-c', `import ${name}`], { stdio: 'pipe', timeout: 60000,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '' } });
    status = 'ok';
  } catch (e) {
    const err = String(e.stderr ?? e.message).trim().split('\n').pop();
    status = err.replace(/\|/g, '\\|');
  }
  rows.push(`| ${name} | ${status} |`);
  process.stderr.write('.');
}
console.log('| module | import |\n|---|---|\n' + rows.join('\n'));
