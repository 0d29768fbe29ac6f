// The entry of the bundled `ceval` command (dist/ceval.bundle.js, built by
// scripts/bundle.mjs with its worker twin, bundle-worker.ts -> dist/run-worker.js). Node then
// loads one file instead of some two hundred modules: half the start-up time.

import './bundle-setup.js';

export { main } from './main.js';
