// Bundles the command (dist/bundle.js and everything it imports: core, the lectures, the
// compiler) into one file, dist/ceval.bundle.js, which bin/ceval.js prefers: Node starts it
// in about half the time of the separate modules. The worker that runs programs when a
// terminal is attached (run.ts) gets its own bundle, dist/run-worker.js. Run by `npm run
// build` after tsc.

import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
await build({
  entryPoints: {
    'ceval.bundle': join(dist, 'bundle.js'),
    'run-worker': join(dist, 'bundle-worker.js'),
  },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
