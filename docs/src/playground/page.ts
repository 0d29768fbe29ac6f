// Builds the playground: esbuild bundles the page script and the worker (with the interpreter
// compiled from its TypeScript sources), and this file writes playground.html around them with
// the lecture examples embedded, so one click loads any of them.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { Workspace } from '../discover.js';
import { page } from '../layout.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The playground's TypeScript sources (esbuild reads them directly, not tsc's output). */
const SRC = resolve(HERE, '..', '..', 'src', 'playground');

/**
 * The interpreter modules the worker may use, by the name the adapter knows them by. Missing
 * files are left out: the playground then offers less (see Capabilities).
 */
export function runtimeModules(root: string): Record<string, string> {
  const cand: Record<string, string> = {
    interpreter: 'core/src/interpreter.ts',
    pylifecycle: 'core/src/runtime/pylifecycle.ts',
    pythonrun: 'core/src/runtime/pythonrun.ts',
    compilehook: 'core/src/runtime/compile-hook.ts',
    compiler: 'core/src/compiler/index.ts',
    parser: 'core/src/compiler/parser/index.ts',
    astdump: 'core/src/compiler/astdump.ts',
    dis: 'core/src/dis.ts',
    opcode: 'core/src/opcode.ts',
    objectcore: 'core/src/objects/objectcore.ts',
  };
  const out: Record<string, string> = {};
  for (const [k, p] of Object.entries(cand)) if (existsSync(join(root, p))) out[k] = join(root, p);
  const lec = join(root, 'lectures');
  if (existsSync(lec)) {
    for (const d of readdirSync(lec).sort()) {
      const m = /^(\d+)-/.exec(d);
      const idx = join(lec, d, 'src', 'index.ts');
      if (m && existsSync(idx)) out[`lecture${Number(m[1])}`] = idx;
    }
  }
  return out;
}

/** The browser has no fs or process: stubs that fail loudly only if actually used. */
const nodeStub: esbuild.Plugin = {
  name: 'node-stub',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|path|url|process|os|child_process|module|crypto|util|worker_threads|fs\/promises|perf_hooks|readline|tty)$/ },
      (a) => ({ path: a.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (a) => ({
      contents: `module.exports = new Proxy({}, { get(_, k) {
        if (k === '__esModule') return false;
        return function () { throw new Error(${JSON.stringify(a.path)} + '.' + String(k) + ' is not available in the browser'); };
      } });`,
      loader: 'js',
    }));
  },
};

/**
 * Workspace packages resolve to their TypeScript sources, not their dist/: one copy of each
 * module, and no need for the other packages to be built first.
 */
function sourceAliases(root: string): esbuild.Plugin {
  const lectureDirs = existsSync(join(root, 'lectures')) ? readdirSync(join(root, 'lectures')) : [];
  return {
    name: 'ceval-sources',
    setup(b) {
      b.onResolve({ filter: /^@ceval\// }, (a) => {
        const m = /^@ceval\/([^/]+)(?:\/(.*))?$/.exec(a.path);
        if (!m) return undefined;
        let dir: string | undefined;
        if (m[1] === 'core') dir = 'core';
        const lm = /^lecture-(\d+)$/.exec(m[1]);
        if (lm) {
          const d = lectureDirs.find((x) => x.startsWith(lm[1] + '-'));
          if (d) dir = `lectures/${d}`;
        }
        if (!dir) return undefined;
        const sub = (m[2] ?? 'index').replace(/\.js$/, '');
        const file = join(root, dir, 'src', `${sub}.ts`);
        return existsSync(file) ? { path: file } : { errors: [{ text: `no source for ${a.path}` }] };
      });
    },
  };
}

/**
 * Joins `'a' + 'b' + ...` chains of string literals into one literal. Generated data files
 * (unicode name tables) are written as thousands of such lines; esbuild folds them pairwise,
 * which is quadratic and took most of a minute. Only large files are touched.
 */
export function joinStringLiterals(src: string): string {
  let out = '';
  let i = 0;
  const n = src.length;
  const readLit = (at: number): number => {
    const q = src[at];
    let j = at + 1;
    while (j < n && src[j] !== q && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  while (i < n) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      const e = src.indexOf('\n', i);
      const end = e < 0 ? n : e;
      out += src.slice(i, end);
      i = end;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      const end = e < 0 ? n : e + 2;
      out += src.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      let end = readLit(i);
      let body = src.slice(i + 1, end - 1);
      for (;;) {
        let j = end;
        while (j < n && /\s/.test(src[j])) j++;
        if (src[j] !== '+') break;
        j++;
        while (j < n && /\s/.test(src[j])) j++;
        if (src[j] !== c) break;
        const e2 = readLit(j);
        body += src.slice(j + 1, e2 - 1);
        end = e2;
      }
      out += c + body + c;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const bigDataFiles: esbuild.Plugin = {
  name: 'join-string-literals',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (a) => {
      const text = readFileSync(a.path, 'utf8');
      if (text.length < 100_000) return undefined;
      return { contents: joinStringLiterals(text), loader: 'ts' };
    });
  },
};

function runtimePlugin(mods: Record<string, string>): esbuild.Plugin {
  return {
    name: 'ceval-runtime',
    setup(b) {
      b.onResolve({ filter: /^ceval:runtime$/ }, () => ({ path: 'runtime', namespace: 'ceval' }));
      b.onLoad({ filter: /.*/, namespace: 'ceval' }, () => ({
        contents: Object.entries(mods).map(([k, p]) =>
          `export * as ${k} from ${JSON.stringify(p)};`).join('\n') || 'export {};',
        resolveDir: HERE,
        loader: 'js',
      }));
    },
  };
}

const PROCESS_SHIM = 'globalThis.process ??= { env: {}, argv: [], platform: "browser", ' +
  'versions: {}, exitCode: 0, cwd: () => "/", hrtime: { bigint: () => BigInt(Math.round(' +
  'performance.now() * 1e6)) }, stdout: { write() { return true; } }, ' +
  'stderr: { write() { return true; } } };';

async function bundleWorker(root: string, out: string, mods: Record<string, string>): Promise<esbuild.BuildResult> {
  return esbuild.build({
    entryPoints: { 'playground-worker': join(SRC, 'worker.ts') },
    outdir: join(out, 'assets'), bundle: true, format: 'esm', platform: 'browser',
    target: 'es2022', minify: true, sourcemap: false, logLevel: 'silent',
    banner: { js: PROCESS_SHIM }, plugins: [runtimePlugin(mods), sourceAliases(root), nodeStub, bigDataFiles],
  });
}

/**
 * Bundles the page script and the worker into `out/assets`. A runtime module that does not
 * bundle (a file still being written) is left out rather than failing the site.
 * @returns the names of the runtime modules that made it in, and warnings for the others
 */
export async function bundlePlayground(
  root: string, out: string,
): Promise<{ modules: string[]; warnings: string[] }> {
  const warnings: string[] = [];
  const page = esbuild.build({
    entryPoints: { playground: join(SRC, 'main.ts') },
    outdir: join(out, 'assets'), bundle: true, format: 'esm', platform: 'browser',
    target: 'es2022', minify: true, logLevel: 'silent',
  });
  const mods = runtimeModules(root);
  try {
    await bundleWorker(root, out, mods);
  } catch {
    // Find the modules that fail on their own and bundle without them.
    for (const [k, p] of Object.entries(mods)) {
      try {
        await bundleWorker(root, out, { [k]: p });
      } catch (e) {
        delete mods[k];
        const msg = (e as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(e);
        warnings.push(`playground: left out ${k} (${p.slice(root.length + 1)}): ${msg}`);
      }
    }
    await bundleWorker(root, out, mods);
  }
  await page;
  return { modules: Object.keys(mods), warnings };
}

/** One example of the playground's list. */
export interface Example {
  name: string;
  code: string;
  /** VM level to open it at (a lecture's examples open at their lecture). */
  upto?: string;
  /** The lecture it needs; the page marks it while that lecture cannot run it yet. */
  needs?: number;
  /** The <optgroup> it is listed under. */
  group: string;
}

/**
 * Examples one click away: friendly programs first (hello, fib, closures, a class, a
 * generator), then every lecture's examples/*.py grouped by lecture, then a few that show
 * what the playground does with errors, input and runaway programs.
 */
export function examples(ws: Workspace, root: string): Example[] {
  const start = 'Start here';
  const out: Example[] = [
    { group: start, name: 'hello', code: 'print("Hello, world!")\n' },
    { group: start, name: 'fib', code: 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(10))\n' },
    { group: start, name: 'closures', code: 'def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n\nc = counter()\nc()\nprint(c())\n' },
    { group: start, name: 'a class', needs: 8, code: 'class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def __repr__(self):\n        return f"Point({self.x}, {self.y})"\n\n    def moved(self, dx):\n        return Point(self.x + dx, self.y)\n\n\np = Point(1, 2)\nprint(p, p.moved(3))\n' },
    { group: start, name: 'a generator', needs: 9, code: 'def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n\n\nfor i in countdown(3):\n    print(i)\nprint(list(countdown(5)))\n' },
    { group: start, name: 'a loop', code: 'total = 0\nfor i in range(5):\n    total += i * i\nprint(total)\n' },
  ];
  for (const l of ws.lectures) {
    for (const e of l.examples) {
      out.push({ group: `Lecture ${l.num}`, name: e.split('/').pop()!, upto: l.num,
        code: readFileSync(join(root, e), 'utf8') });
    }
  }
  const more = 'Errors, input and limits';
  out.push(
    { group: more, name: 'traceback', code: 'def f(x):\n    return 1 / x\n\nprint(f(0))\n' },
    { group: more, name: 'syntax error', code: 'def f(x):\n    return (x +\n\nprint(f(1))\n' },
    { group: more, name: 'input()', code: 'name = input("Your name? ")\nprint("Hello,", name)\n' },
    { group: more, name: 'a million lines', code: 'for i in range(1_000_000):\n    print(i)\n' },
    { group: more, name: 'runaway', code: 'while True:\n    pass\n' },
    { group: more, name: 'html is text', code: 'print("<img src=x onerror=alert(1)>")\n' },
  );
  return out;
}

/** playground.html: the editor, the tabs and the state panes; main.ts brings them to life. */
export function playgroundPage(ws: Workspace, root: string, modules: string[]): string {
  const data = JSON.stringify({ examples: examples(ws, root), modules })
    .replace(/</g, '\\u003c');
  const body = `<div class="pg" id="playground">
<div class="pg-bar">
  <label>Example <select id="pg-example"><option value="">choose…</option></select></label>
  <label>VM <select id="pg-level"><option value="">full interpreter</option></select></label>
  <button id="pg-run" class="button" disabled>▶ Run</button>
  <button id="pg-trace" class="button secondary" disabled>Run &amp; trace</button>
  <button id="pg-stop" class="button stop" hidden>■ Stop</button>
  <span id="pg-status" class="pg-status">loading the interpreter…</span>
</div>
<div class="pg-main">
  <div class="pg-editor">
    <pre class="pg-gutter" id="pg-gutter" aria-hidden="true">1</pre>
    <div class="pg-hl" id="pg-hl" hidden></div>
    <textarea id="pg-code" spellcheck="false" autocomplete="off" autocapitalize="off"
      aria-label="Python source"></textarea>
    <div class="pg-error" id="pg-error" hidden></div>
  </div>
  <div class="pg-side">
    <div class="pg-tabs" role="tablist">
      <button role="tab" data-tab="output" aria-selected="true">Output</button>
      <button role="tab" data-tab="ast">AST</button>
      <button role="tab" data-tab="dis">dis</button>
    </div>
    <div class="pg-pane" data-pane="output"><div id="pg-dropped" class="pg-dropped" hidden></div><pre id="pg-stdout"></pre><pre id="pg-stderr" class="stderr"></pre><div id="pg-note" class="pg-note" hidden></div></div>
    <div class="pg-pane" data-pane="ast" hidden><pre id="pg-ast"></pre></div>
    <div class="pg-pane" data-pane="dis" hidden><pre id="pg-dis"></pre></div>
  </div>
</div>
<label class="pg-stdin"><span>Input: what <code>input()</code> reads, one line per call</span>
  <textarea id="pg-stdin" rows="2" spellcheck="false" aria-label="standard input"></textarea></label>
<div class="pg-stepper" id="pg-stepper" hidden>
  <div class="pg-stepbar">
    <button id="pg-first" title="first step">« First</button>
    <button id="pg-back" title="step back (←)">◀ Back</button>
    <button id="pg-fwd" title="step forward (→)">Step ▶</button>
    <button id="pg-last" title="last step">Last »</button>
    <input type="range" id="pg-slider" min="0" value="0" aria-label="step">
    <span id="pg-stepinfo"></span>
  </div>
  <div class="pg-state">
    <div><h3>Frames</h3><div id="pg-frames"></div></div>
    <div><h3>Heap</h3><div id="pg-heap"></div></div>
  </div>
</div>
<script type="application/json" id="pg-data">${data}</script>
</div>`;
  return page(ws, {
    url: 'playground.html', title: 'Playground', body, scripts: ['assets/playground.js'],
    bodyClass: 'playground',
  });
}
