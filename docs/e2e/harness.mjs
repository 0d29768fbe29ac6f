// A small browser-test harness: Debian's Chromium driven by playwright-core (no browser is
// ever downloaded), the built site served locally, tests run in order, and a summary for CI.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const tests = [];

/** Registers a browser test: `fn(ctx)` gets { site, url, context, newPage }. */
export function test(name, fn) {
  tests.push({ name, fn });
}

/** Starts Chromium with the flags CI needs and a fresh profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'ceval-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/**
 * A page that records console errors, uncaught exceptions and failed requests; tests assert
 * `problems` is empty after loading.
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('dialog', (d) => { problems.push(`dialog opened: ${d.message()}`); void d.dismiss(); });
  return { page, problems };
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

export function assertEqual(actual, expected, msg) {
  if (actual !== expected) {
    throw new Error(`${msg}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

/** Runs every registered test; returns { passed, failed, results }. */
export async function runAll(ctx, only) {
  let passed = 0;
  let failed = 0;
  const results = [];
  // `only`: a part of a test's name, to run just those (a developer's shortcut; CI runs all).
  for (const t of tests.filter((x) => !only || x.name.includes(only))) {
    const t0 = Date.now();
    try {
      await t.fn(ctx);
      passed++;
      results.push({ name: t.name, ok: true, ms: Date.now() - t0 });
      console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      results.push({ name: t.name, ok: false, ms: Date.now() - t0, error: String(e?.stack ?? e) });
      console.log(`  ✗ ${t.name}\n    ${String(e?.message ?? e).split('\n').join('\n    ')}`);
    }
  }
  return { passed, failed, results };
}
