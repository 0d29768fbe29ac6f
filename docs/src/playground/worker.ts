// The playground's Web Worker: it owns the interpreter, so a runaway program never freezes the
// page. It answers the requests of trace-protocol.ts through the adapter, which copes with
// whatever the bundled interpreter offers.

import * as runtimeModules from 'ceval:runtime';
import { makeRuntime } from './adapter.js';
import type { WorkerRequest, WorkerResponse } from './trace-protocol.js';

interface WorkerScope {
  postMessage(msg: WorkerResponse): void;
  onmessage: ((ev: { data: WorkerRequest }) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

const t0 = performance.now();
const runtime = makeRuntime(runtimeModules as unknown as Record<string, Record<string, unknown>>);
scope.postMessage({ kind: 'ready', caps: runtime.caps, loadMs: performance.now() - t0 });

scope.onmessage = (ev) => {
  const req = ev.data;
  try {
    if (req.kind === 'run') {
      scope.postMessage(runtime.run(req, (m) => scope.postMessage(m)));
    } else {
      const r = req.kind === 'ast' ? runtime.ast(req.source) : runtime.dis(req.source, req.upto);
      scope.postMessage({ kind: 'text', id: req.id, what: req.kind, text: r.text, error: r.error });
    }
  } catch (e) {
    const err = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    scope.postMessage({ kind: 'crash', id: req.id, error: err });
  }
};
