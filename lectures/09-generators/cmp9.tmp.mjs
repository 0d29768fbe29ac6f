import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, runExample, readGolden } from '@ceval/core/examples-harness';
import { setHashSeed } from '@ceval/core/objects/siphash';
import { vm09 } from '@ceval/lecture-09';
setHashSeed(0);
await loadCoreCompiler();
const dir = process.argv[2];
const only = process.argv[3];
let pass = 0, fail = [];
for (const p of examplePrograms(dir)) {
  if (only && !p.includes(only)) continue;
  const got = runExample(dir, p, vm09);
  const want = readGolden(dir, p);
  if (JSON.stringify(got) === JSON.stringify(want)) pass++;
  else { fail.push(p); if (only || process.env.V) { console.log('==', p); console.log('GOT', JSON.stringify(got, null, 1)); console.log('WANT', JSON.stringify(want, null, 1)); } }
}
console.log('pass', pass, 'fail', fail.length, fail.join(' '));
