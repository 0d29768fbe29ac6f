#!/usr/bin/env node
// The bundle (one file: core, every lecture and the compiler; see src/bundle.ts) starts in
// about half the time of dist/main.js, the same program as separate modules.
let mod;
try {
  mod = await import('../dist/ceval.bundle.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('ceval.bundle.js')) throw e;
  mod = await import('../dist/main.js');
}
process.exitCode = await mod.main(process.argv.slice(2));
