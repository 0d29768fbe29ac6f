// The entry of the bundled worker (dist/run-worker.js, beside dist/ceval.bundle.js, which is
// where run.ts looks for it when bundled): the same program as modes/run-worker.ts, with the
// compiler installed first.

import './bundle-setup.js';
import './modes/run-worker.js';
