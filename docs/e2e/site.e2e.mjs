// Browser tests of the static pages: the build, every page loading cleanly with working links,
// navigation through the sidebar and src: links, and screenshots of a lecture and a source page.

import { join } from 'node:path';
import { assert, assertEqual, test, watchedPage } from './harness.mjs';

test('the site builds in under a minute with no broken link', async (ctx) => {
  const b = ctx.build;
  assertEqual(b.errors.join('\n'), '', 'build errors');
  assert(b.pages.length > 3, `only ${b.pages.length} pages were written`);
  assert(ctx.metrics.buildMs < 60_000, `the docs build took ${ctx.metrics.buildMs} ms`);
});

test('every page loads with no console error and no broken link', async (ctx) => {
  const pages = [...ctx.build.pages, 'api/index.html'];
  const bodies = new Map();
  const fetchText = (u) => {
    if (!bodies.has(u)) {
      bodies.set(u, fetch(u).then(async (r) => ({ status: r.status, text: r.status === 200 ? await r.text() : '' })));
    }
    return bodies.get(u);
  };
  const bad = [];
  // A few tabs at once: Chromium renders in separate processes, so this uses every core.
  const queue = [...pages];
  const worker = async () => {
    const { page, problems } = await watchedPage(ctx.context);
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      problems.length = 0;
      await page.goto(ctx.url + p, { waitUntil: 'load' });
      if (p === 'playground.html') await page.waitForSelector('#playground[data-ready]', { timeout: 20_000 });
      for (const pr of problems) bad.push(`${p}: ${pr}`);
      const hrefs = await page.$$eval('a[href], link[href], script[src]', (els) =>
        els.map((e) => e.href || e.src));
      for (const h of hrefs) {
        if (!h.startsWith(ctx.url)) continue;
        const [base, frag] = h.split('#');
        const { status, text } = await fetchText(base);
        if (status !== 200) { bad.push(`${p}: broken link ${h}`); continue; }
        if (frag && base.endsWith('.html') && !base.endsWith('playground.html') && !base.includes('/api/')) {
          if (!text.includes(`id="${decodeURIComponent(frag)}"`)) bad.push(`${p}: no #${frag} in ${base}`);
        }
      }
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker()]);
  ctx.metrics.pagesChecked = pages.length;
  ctx.metrics.linksChecked = bodies.size;
  assertEqual(bad.slice(0, 20).join('\n'), '', `${bad.length} problem(s)`);
});

test('navigation: sidebar, lecture pages, src: links into source pages, back to the playground', async (ctx) => {
  const { page, problems } = await watchedPage(ctx.context);
  await page.goto(ctx.url + 'index.html');
  assertEqual(await page.textContent('h1'), 'ceval', 'home title');
  const lecture = await page.$('.lecture-card a');
  if (lecture) {
    await Promise.all([page.waitForURL(/lectures\/.*\.html$/), lecture.click()]);
    assert((await page.textContent('article h1'))?.length, 'lecture has a title');
    assert(await page.$('.sidebar a[aria-current="page"]'), 'sidebar marks the current lecture');
    await page.screenshot({ path: join(ctx.shots, 'lecture.png'), fullPage: false });
    const src = await page.$('a.src-link');
    if (src) {
      const href = await src.getAttribute('href');
      await Promise.all([page.waitForURL(/source\/.*\.html/), src.click()]);
      const frag = href.includes('#') ? href.split('#')[1] : '';
      if (frag) assert(await page.$(`[id="${frag}"]`), `source page has #${frag}`);
      await page.goBack();
      assert(page.url().includes('/lectures/'), 'back returns to the lecture');
    }
  }
  // Open a source file through the sidebar tree.
  const summary = await page.$('.sidebar details summary');
  assert(summary, 'the sidebar lists source packages');
  await summary.click();
  const file = await page.$('.sidebar details[open] li a');
  await Promise.all([page.waitForURL(/source\/.*\.html$/), file.click()]);
  assert(await page.$('.literate .sec'), 'a source page has literate sections');
  // Prefer a source page with prose and a CPython link for the screenshot.
  const rich = ctx.build.pages.find((p) => p.includes('source/core/') && p.endsWith('dis.ts.html')) ??
    ctx.build.pages.find((p) => p.startsWith('source/'));
  await page.goto(ctx.url + rich);
  await page.screenshot({ path: join(ctx.shots, 'source.png'), fullPage: false });
  await Promise.all([page.waitForURL(/playground\.html/), page.click('.sidebar a[href$="playground.html"]')]);
  assertEqual(problems.join('\n'), '', 'no console errors while navigating');
  await page.close();
});
