// Sums the test results every package wrote (vitest's JSON reporter, and the browser tests'
// summary) and prints the line CI ends with: "N passed, M failed".
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const dirs = ['core', 'cli', 'docs', 'bench'];
if (existsSync(join(root, 'lectures'))) {
  for (const d of readdirSync(join(root, 'lectures'))) dirs.push(join('lectures', d));
}
let passed = 0;
let failed = 0;
for (const d of dirs) {
  for (const name of ['.vitest-result.json', 'e2e-result.json']) {
    const file = join(root, d, name);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const p = r.numPassedTests ?? r.passed ?? 0;
    const f = (r.numFailedTests ?? r.failed ?? 0) + (r.numFailedTestSuites ?? 0);
    console.log(`  ${join(d, name)}: ${p} passed, ${f} failed`);
    passed += p;
    failed += f;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
