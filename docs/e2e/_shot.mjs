import { launch } from '/work/main/docs/e2e/harness.mjs';
import { serve } from '/work/main/docs/lib/serve.js';
const [dir, ...pages] = process.argv.slice(2);
const { server, url } = await serve(dir, 0);
const b = await launch();
const p = await b.context.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
for (const pg of pages) {
  await p.goto(url + pg);
  await p.waitForTimeout(500);
  const name = '/tmp/shot-' + pg.replace(/[^a-z0-9]/gi, '_') + '.png';
  await p.screenshot({ path: name });
  console.log(name);
}
await b.close(); server.close();
