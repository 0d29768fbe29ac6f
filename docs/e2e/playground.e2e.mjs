// Browser tests of the playground: loading, the URL keeping the code, running an example,
// output shown as text, the AST and dis tabs, the budget, and stepping forward and back.

import { join } from 'node:path';
import { assert, assertEqual, test, watchedPage } from './harness.mjs';

const hashFor = (code, extra = '') => `#code=${encodeURIComponent(code)}${extra}`;
const FIB = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(10))\n';

async function openPlayground(ctx, code) {
  const w = await watchedPage(ctx.context);
  const t0 = Date.now();
  await w.page.goto(ctx.url + 'playground.html' + hashFor(code));
  await w.page.waitForSelector('#playground[data-ready]', { timeout: 20_000 });
  ctx.metrics.playgroundReadyMs ??= Date.now() - t0;
  return w;
}

async function runAndWait(page, button = '#pg-run') {
  const before = Number((await page.getAttribute('#playground', 'data-runs')) ?? 0);
  await page.click(button);
  await page.waitForFunction((n) => Number(document.querySelector('#playground').dataset.runs ?? 0) > n,
    before, { timeout: 30_000 });
}

test('playground: loads the interpreter, keeps the code in the URL, loads examples', async (ctx) => {
  const { page, problems } = await openPlayground(ctx, 'print(1)\n');
  assertEqual(await page.inputValue('#pg-code'), 'print(1)\n', 'code from the URL');
  await page.fill('#pg-code', 'x = 2\nprint(x)\n');
  await page.waitForFunction(() => location.hash.includes('x+%3D+2') || location.hash.includes('x%20%3D%202'));
  const options = await page.$$eval('#pg-example option', (o) => o.map((x) => x.textContent));
  assert(options.includes('fib'), 'the examples list has fib');
  await page.selectOption('#pg-example', { label: 'fib' });
  assertEqual(await page.inputValue('#pg-code'), FIB, 'an example is one click away');
  assertEqual((await page.textContent('#pg-gutter')).trim().split('\n').length, 7, 'line numbers follow the code');
  assertEqual(problems.join('\n'), '', 'no console errors');
  await page.close();
});

test('playground: runs an example with the right output (first run timed)', async (ctx) => {
  const { page, problems } = await openPlayground(ctx, FIB);
  const t0 = Date.now();
  await runAndWait(page);
  ctx.metrics.firstRunMs = Date.now() - t0;
  ctx.metrics.firstRunInPageMs = Number(await page.getAttribute('#playground', 'data-first-run-ms'));
  assertEqual(await page.textContent('#pg-stdout'), '55\n', 'stdout of fib(10)');
  assertEqual(await page.textContent('#pg-stderr'), '', 'no stderr');
  assert(ctx.metrics.firstRunMs < 1000, `first run took ${ctx.metrics.firstRunMs} ms`);
  assertEqual(problems.join('\n'), '', 'no console errors');
  await page.close();
});

test('playground: output and tracebacks are text, never HTML', async (ctx) => {
  const { page, problems } = await openPlayground(ctx, 'print("<img src=x onerror=alert(1)>")\nprint(1/0)\n');
  await runAndWait(page);
  assertEqual(await page.textContent('#pg-stdout'), '<img src=x onerror=alert(1)>\n', 'printed as text');
  assertEqual(await page.$$eval('.pg-pane img', (x) => x.length), 0, 'no element was made from output');
  const err = await page.textContent('#pg-stderr');
  assert(err.includes('ZeroDivisionError: division by zero'), `traceback shown: ${err}`);
  assert(err.startsWith('Traceback (most recent call last):'), 'CPython traceback format');
  assertEqual(problems.join('\n'), '', 'no dialog, no console error');
  await page.close();
});

test('playground: AST and dis tabs', async (ctx) => {
  const { page, problems } = await openPlayground(ctx, 'x = 1\n');
  await page.click('.pg-tabs button[data-tab="ast"]');
  await page.waitForFunction(() => document.querySelector('#pg-ast').textContent.length > 0);
  const ast = await page.textContent('#pg-ast');
  assert(ast.startsWith('Module(\n    body=[\n        Assign('), `AST shown: ${ast.slice(0, 80)}`);
  await page.click('.pg-tabs button[data-tab="dis"]');
  await page.waitForFunction(() => document.querySelector('#pg-dis').textContent.length > 0);
  const dis = await page.textContent('#pg-dis');
  assert(/RESUME\s+0/.test(dis) && /STORE_NAME\s+0 \(x\)/.test(dis), `dis shown: ${dis.slice(0, 120)}`);
  assertEqual(problems.join('\n'), '', 'no console errors');
  await page.close();
});

test('playground: an instruction budget stops a runaway program and keeps its trace', async (ctx) => {
  const { page, problems } = await openPlayground(ctx, 'n = 0\nwhile True:\n    n += 1\n');
  await runAndWait(page, '#pg-trace');
  const err = await page.textContent('#pg-stderr');
  assert(err.includes('budget'), `stopped by the budget: ${err}`);
  assert(await page.isVisible('#pg-stepper'), 'the trace so far is kept');
  assertEqual(problems.join('\n'), '', 'no console errors');
  await page.close();
});

test('playground: stepping forward and back restores the previous state', async (ctx) => {
  const code = 'def outer():\n    xs = [1, 2]\n    def inner(y):\n        return xs[0] + y\n    return inner(3)\n\nprint(outer())\n';
  const { page, problems } = await openPlayground(ctx, code);
  await runAndWait(page, '#pg-trace');
  await page.waitForSelector('#pg-stepper:not([hidden])');
  const state = () => page.evaluate(() => [
    document.querySelector('#pg-stepinfo').textContent,
    document.querySelector('#pg-frames').innerHTML,
    document.querySelector('#pg-heap').innerHTML,
    document.querySelector('#pg-stdout').textContent,
    document.querySelector('#pg-gutter .cur')?.textContent ?? '',
  ].join('\u0000'));
  // Walk until two frames are live (inside outer), so the snapshot has something to show.
  let steps = 0;
  while ((await page.$$('#pg-frames > .frame')).length < 2 && steps < 400) {
    await page.click('#pg-fwd');
    steps++;
  }
  assert((await page.$$('#pg-frames > .frame')).length >= 2, 'stepping reaches a nested frame');
  for (let i = 0; i < 3; i++) await page.click('#pg-fwd');
  const before = await state();
  await page.click('#pg-fwd');
  const after = await state();
  assert(before !== after, 'a step changes the state');
  await page.click('#pg-back');
  assertEqual(await state(), before, 'stepping back restores the previous state');
  const locals = await page.textContent('#pg-frames .frame.current');
  assert(locals.includes('xs') || locals.includes('y'), 'locals are shown');
  assert(await page.$('.listing li.cur'), 'the current instruction is highlighted');
  assert(await page.isVisible('#pg-hl'), 'the current source line is highlighted');
  await page.screenshot({ path: join(ctx.shots, 'playground-mid-step.png'), fullPage: true });
  // Stepping to the end shows the whole output.
  await page.click('#pg-last');
  assertEqual(await page.textContent('#pg-stdout'), '', 'output appears only after print runs');
  assertEqual(problems.join('\n'), '', 'no console errors');
  await page.close();
});
