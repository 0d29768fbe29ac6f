// `npm run test:e2e`: builds the site, serves it, and drives Debian's Chromium through it.
// Writes docs/e2e-result.json ({ passed, failed }) for CI's totals and screenshots to
// e2e-screenshots/ at the repository root (git-ignored).

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launch, runAll } from './harness.mjs';

const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(DOCS, '..');
const OUT = join(DOCS, 'dist');
const SHOTS = join(ROOT, 'e2e-screenshots');
const RESULT = join(DOCS, 'e2e-result.json');

function finish(passed, failed, extra = {}) {
  writeFileSync(RESULT, JSON.stringify({ passed, failed, ...extra }, null, 2) + '\n');
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (!existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM}: run .ci/install-chromium.sh`);
  finish(0, 1, { error: 'chromium missing' });
} else {
  mkdirSync(SHOTS, { recursive: true });
  const { buildSite } = await import('../lib/build.js');
  const { serve } = await import('../lib/serve.js');
  const ctx = { root: ROOT, out: OUT, shots: SHOTS, metrics: {}, build: null, url: '' };
  // The build is the first test: everything after it browses what it wrote.
  const t0 = Date.now();
  ctx.build = await buildSite({ root: ROOT, out: OUT });
  ctx.metrics.buildMs = Date.now() - t0;
  ctx.metrics.buildPhases = ctx.build.timings;
  for (const w of ctx.build.warnings) console.log(`build warning: ${w}`);
  const { server, url } = await serve(OUT, 0);
  ctx.url = url;
  const browser = await launch();
  ctx.context = browser.context;
  await import('./site.e2e.mjs');
  await import('./playground.e2e.mjs');
  await import('./newuser.e2e.mjs');
  let r;
  try {
    r = await runAll(ctx);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\nmetrics: ${JSON.stringify(ctx.metrics)}`);
  finish(r.passed, r.failed, { metrics: ctx.metrics, results: r.results });
}
