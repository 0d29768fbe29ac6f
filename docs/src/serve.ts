// `npm start`: serves docs/dist/ over HTTP and prints its URL. A plain static server with the
// right content types; module workers need http(s), which is why file:// is not enough.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.py': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

/**
 * Serves `dir` on `port` (0 picks a free one); resolves with the server and its base URL.
 */
export function serve(dir: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const rootDir = resolve(dir);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(rootDir, path));
    if (!file.startsWith(rootDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`not found: ${path}\n`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const a = server.address();
      const p = typeof a === 'object' && a ? a.port : port;
      ok({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${p}/` });
    });
  });
}

async function main(): Promise<void> {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('docs/dist is empty: run `npm run docs` first');
    process.exitCode = 1;
    return;
  }
  const want = Number(process.env.PORT ?? 8080);
  let r;
  try {
    r = await serve(dist, want, process.env.HOST ?? '127.0.0.1');
  } catch {
    r = await serve(dist, 0, process.env.HOST ?? '127.0.0.1');
  }
  console.log(`ceval docs: ${r.url}  (Ctrl-C to stop)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
