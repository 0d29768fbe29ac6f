// The playground page: editor with line numbers, examples, VM level, output/AST/dis tabs, and
// the stepper that walks a recorded trace forward and back. The interpreter runs in a worker;
// everything it sends is put into the page as text (textContent), never as HTML.

import type {
  Capabilities, CodeListing, FrameSnap, HeapSnap, RunResult, SlotSnap, TraceStep, ValueSnap,
  WorkerRequest, WorkerResponse,
} from './trace-protocol.js';

interface Example { name: string; code: string; upto?: string }

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const code = $<HTMLTextAreaElement>('pg-code');
const gutter = $<HTMLPreElement>('pg-gutter');
const hl = $<HTMLDivElement>('pg-hl');
const status = $<HTMLSpanElement>('pg-status');
const runBtn = $<HTMLButtonElement>('pg-run');
const traceBtn = $<HTMLButtonElement>('pg-trace');
const levelSel = $<HTMLSelectElement>('pg-level');
const exampleSel = $<HTMLSelectElement>('pg-example');
const stdoutEl = $<HTMLPreElement>('pg-stdout');
const stderrEl = $<HTMLPreElement>('pg-stderr');
const root = $<HTMLDivElement>('playground');
const data = JSON.parse($('pg-data').textContent ?? '{}') as { examples: Example[] };

/** Runs stop after this many instructions; traced runs keep this many snapshots. */
const RUN_BUDGET = 20_000_000;
const TRACE_BUDGET = 200_000;
const MAX_STEPS = 20_000;
/** A worker that does not answer by then is presumed stuck (a runtime without a budget). */
const WATCHDOG_MS = 15_000;

let worker: Worker;
let caps: Capabilities | null = null;
let nextId = 1;
let pending = new Map<number, (r: WorkerResponse) => void>();
let watchdog = 0;
let firstRunDone = false;

// ---- editor ----------------------------------------------------------------------------------

function syncGutter(): void {
  const n = code.value.split('\n').length;
  let s = '';
  for (let i = 1; i <= n; i++) s += i + '\n';
  gutter.textContent = s;
  gutter.scrollTop = code.scrollTop;
}

/** Marks a source line (1-based) in the gutter and behind the text; 0 clears. */
function markLine(line: number): void {
  const lh = parseFloat(getComputedStyle(code).lineHeight) || 20;
  const pad = parseFloat(getComputedStyle(code).paddingTop) || 0;
  if (line <= 0) { hl.hidden = true; syncGutter(); return; }
  hl.hidden = false;
  hl.style.top = `${pad + (line - 1) * lh - code.scrollTop}px`;
  hl.style.height = `${lh}px`;
  const lines = code.value.split('\n').length;
  gutter.replaceChildren();
  for (let i = 1; i <= lines; i++) {
    const span = document.createElement('span');
    span.textContent = String(i);
    if (i === line) span.className = 'cur';
    gutter.append(span, '\n');
  }
  gutter.scrollTop = code.scrollTop;
  // Bring the line into view.
  const y = pad + (line - 1) * lh;
  if (y < code.scrollTop || y > code.scrollTop + code.clientHeight - lh) code.scrollTop = Math.max(0, y - lh * 3);
}

let hashTimer = 0;
function saveHash(): void {
  clearTimeout(hashTimer);
  hashTimer = window.setTimeout(() => {
    const p = new URLSearchParams();
    p.set('code', code.value);
    if (levelSel.value) p.set('upto', levelSel.value);
    history.replaceState(null, '', `#${p.toString()}`);
  }, 250);
}

function loadHash(): void {
  const p = new URLSearchParams(location.hash.slice(1));
  const c = p.get('code');
  code.value = c ?? data.examples.find((e) => e.name === 'fib')?.code ?? '';
  const up = p.get('upto');
  if (up) ensureLevel(up);
  syncGutter();
}

function ensureLevel(v: string): void {
  const n = String(Number(v));
  if (![...levelSel.options].some((o) => o.value === n)) levelSel.add(new Option(`lecture ${v.padStart(2, '0')}`, n));
  levelSel.value = n;
}

code.addEventListener('input', () => { syncGutter(); saveHash(); clearTrace(); refreshTab(); });
code.addEventListener('scroll', () => { gutter.scrollTop = code.scrollTop; if (trace) show(cursor); });
code.addEventListener('keydown', (e) => {
  if (e.key === 'Tab') {
    e.preventDefault();
    code.setRangeText('    ', code.selectionStart, code.selectionEnd, 'end');
    code.dispatchEvent(new Event('input'));
  } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void run(false);
  }
});

// ---- worker ----------------------------------------------------------------------------------

function startWorker(): void {
  worker = new Worker(new URL('./playground-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
    const m = ev.data;
    if (m.kind === 'ready') { onReady(m.caps, m.loadMs); return; }
    const cb = pending.get(m.id);
    pending.delete(m.id);
    if (!pending.size) clearTimeout(watchdog);
    cb?.(m);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    setStatus(`the interpreter failed to load: ${ev.message}`, true);
  };
}

function ask(req: Omit<WorkerRequest, 'id'>): Promise<WorkerResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...req, id });
    clearTimeout(watchdog);
    watchdog = window.setTimeout(() => {
      // A stuck worker is replaced; whoever waited gets a crash answer.
      worker.terminate();
      const waiting = pending;
      pending = new Map();
      for (const [wid, cb] of waiting) cb({ kind: 'crash', id: wid, error: `stopped after ${WATCHDOG_MS / 1000}s without an answer` });
      startWorker();
    }, WATCHDOG_MS);
  });
}

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function onReady(c: Capabilities, loadMs: number): void {
  caps = c;
  const keep = levelSel.value;
  for (const n of c.levels) {
    if (![...levelSel.options].some((o) => o.value === String(n))) {
      levelSel.add(new Option(`lecture ${String(n).padStart(2, '0')}`, String(n)));
    }
  }
  levelSel.value = keep;
  runBtn.disabled = !c.run;
  traceBtn.disabled = !c.run || !c.trace;
  const missing = c.notes.length ? ` (${c.notes.join('; ')})` : '';
  setStatus(`ready in ${Math.round(loadMs)} ms${missing}`, !c.run);
  root.dataset.ready = '1';
  refreshTab();
}

// ---- running ---------------------------------------------------------------------------------

async function run(withTrace: boolean): Promise<void> {
  if (!caps?.run) return;
  clearTrace();
  setStatus('running…');
  runBtn.disabled = traceBtn.disabled = true;
  const t0 = performance.now();
  const upto = levelSel.value ? Number(levelSel.value) : null;
  const r = await ask({
    kind: 'run', source: code.value, upto, trace: withTrace,
    budget: withTrace ? TRACE_BUDGET : RUN_BUDGET, maxSteps: MAX_STEPS,
  } as Omit<WorkerRequest, 'id'>);
  const wall = performance.now() - t0;
  runBtn.disabled = false;
  traceBtn.disabled = !caps.trace;
  if (r.kind === 'crash') {
    stdoutEl.textContent = '';
    stderrEl.textContent = `internal error (a bug in ceval, not in your program):\n${r.error}`;
    setStatus('crashed', true);
    return;
  }
  if (r.kind !== 'result') return;
  if (!firstRunDone) { firstRunDone = true; root.dataset.firstRunMs = String(Math.round(wall)); }
  stdoutEl.textContent = r.stdout;
  stderrEl.textContent = r.budgetExhausted
    ? `${r.stderr}\n[stopped: the instruction budget of ${(withTrace ? TRACE_BUDGET : RUN_BUDGET).toLocaleString('en')} ran out]`
    : r.stderr;
  const exit = r.exitCode ? `exit status ${r.exitCode}` : 'done';
  setStatus(`${exit} in ${Math.round(wall)} ms${r.steps ? `, ${r.steps.toLocaleString('en')} instructions` : ''}`, r.exitCode !== 0);
  root.dataset.runs = String(Number(root.dataset.runs ?? 0) + 1);
  selectTab('output');
  if (r.trace && r.trace.length) startTrace(r);
}

runBtn.addEventListener('click', () => void run(false));
traceBtn.addEventListener('click', () => void run(true));
levelSel.addEventListener('change', () => { saveHash(); clearTrace(); refreshTab(); });

for (const [i, e] of data.examples.entries()) exampleSel.add(new Option(e.name, String(i)));
exampleSel.addEventListener('change', () => {
  const e = data.examples[Number(exampleSel.value)];
  if (!e) return;
  code.value = e.code;
  if (e.upto) ensureLevel(e.upto); else levelSel.value = '';
  code.dispatchEvent(new Event('input'));
});

// ---- tabs ------------------------------------------------------------------------------------

let tab = 'output';
let tabFor = '';

function selectTab(name: string): void {
  tab = name;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.pg-tabs button')) {
    b.setAttribute('aria-selected', String(b.dataset.tab === name));
  }
  for (const p of document.querySelectorAll<HTMLDivElement>('.pg-pane')) p.hidden = p.dataset.pane !== name;
  refreshTab();
}

/** AST and dis are recomputed when their tab is shown and the code changed since. */
function refreshTab(): void {
  if (!caps || (tab !== 'ast' && tab !== 'dis')) return;
  const key = `${tab}\0${levelSel.value}\0${code.value}`;
  if (key === tabFor) return;
  tabFor = key;
  const el = $<HTMLPreElement>(tab === 'ast' ? 'pg-ast' : 'pg-dis');
  if ((tab === 'ast' && !caps.ast) || (tab === 'dis' && !caps.dis)) {
    el.textContent = `Not available yet: ${caps.notes.join('; ')}`;
    return;
  }
  const what = tab;
  void ask({ kind: what, source: code.value, upto: levelSel.value ? Number(levelSel.value) : null } as Omit<WorkerRequest, 'id'>)
    .then((r) => {
      if (r.kind === 'text') el.textContent = r.error ? r.error : r.text;
      else if (r.kind === 'crash') el.textContent = `internal error: ${r.error}`;
    });
}

for (const b of document.querySelectorAll<HTMLButtonElement>('.pg-tabs button')) {
  b.addEventListener('click', () => selectTab(b.dataset.tab ?? 'output'));
}

// ---- stepping --------------------------------------------------------------------------------

let trace: TraceStep[] | null = null;
let codes: CodeListing[] = [];
let fullOut = '';
let cursor = 0;
const stepper = $<HTMLDivElement>('pg-stepper');
const slider = $<HTMLInputElement>('pg-slider');

function startTrace(r: RunResult): void {
  trace = r.trace;
  codes = r.codes;
  fullOut = r.stdout;
  stepper.hidden = false;
  slider.max = String(trace!.length - 1);
  const note = r.traceTruncated ? ` (first ${trace!.length.toLocaleString('en')} steps kept)` : '';
  stepper.dataset.note = note;
  show(0);
}

function clearTrace(): void {
  if (!trace) return;
  trace = null;
  stepper.hidden = true;
  markLine(0);
}

/** Text helpers: every value from the worker goes in through textContent. */
function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function valueItem(name: string | null, v: ValueSnap | null): HTMLElement {
  const li = el('li');
  if (name !== null) li.append(el('span', 'name', `${name} = `));
  li.append(document.createTextNode(v ? v.r : '<unbound>'));
  if (v?.h) li.append(el('span', 'ref-id', `#${v.h}`));
  li.title = v ? v.t : '';
  return li;
}

function slotList(title: string, slots: SlotSnap[]): HTMLElement {
  const box = el('div');
  box.append(el('h4', undefined, title));
  const ul = el('ul', 'vals');
  for (const s of slots) ul.append(valueItem(s.name, s.value));
  if (!slots.length) ul.append(el('li', 'empty', 'none'));
  box.append(ul);
  return box;
}

function frameBox(f: FrameSnap, current: boolean): HTMLElement {
  const box = el('div', current ? 'frame current' : 'frame');
  const head = el('div', 'frame-head');
  head.append(el('span', undefined, `${f.code}  (line ${f.line || '?'})`), el('span', undefined, `@${f.offset} ${f.instr}`));
  box.append(head);
  if (f.owner) {
    // A generator's frame (lecture 09): kept alive by the generator while suspended, linked
    // under its resumer (the frame below it in this list) while it runs.
    box.append(el('div', 'frame-owner', f.owner.suspended
      ? `${f.owner.kind} ${f.owner.name}: suspended; its frame lives in the generator, f_back is None`
      : `${f.owner.kind} ${f.owner.name}: running; resumed by the frame below, f_back links to it`));
  }
  const body = el('div', 'frame-body');
  const stackBox = el('div');
  stackBox.append(el('h4', undefined, 'value stack (top last)'));
  const ul = el('ul', 'vals');
  for (const v of f.stack) ul.append(valueItem(null, v));
  if (!f.stack.length) ul.append(el('li', 'empty', 'empty'));
  stackBox.append(ul);
  const slots = el('div');
  slots.append(slotList('locals', f.locals));
  if (f.cells.length) slots.append(slotList('cells', f.cells));
  if (f.frees.length) slots.append(slotList('free vars', f.frees));
  const lst = el('div');
  lst.append(el('h4', undefined, 'bytecode'));
  const ol = el('ol', 'listing');
  const c = codes[f.codeIndex];
  let curLi: HTMLElement | null = null;
  for (const ins of c?.instrs ?? []) {
    const text = `${String(ins.offset).padStart(4)} ${ins.op.padEnd(20)} ${String(ins.arg).padStart(3)}${ins.argrepr ? ` (${ins.argrepr})` : ''}`;
    const li = el('li', ins.offset === f.offset ? 'cur' : '', text);
    if (ins.offset === f.offset) curLi = li;
    ol.append(li);
  }
  lst.append(ol);
  body.append(stackBox, slots, lst);
  box.append(body);
  if (curLi && current) requestAnimationFrame(() => curLi!.scrollIntoView({ block: 'nearest' }));
  return box;
}

function heapBox(h: HeapSnap): HTMLElement {
  const box = el('div', 'heap-obj');
  box.append(el('div', 'heap-head', `#${h.id} ${h.type}`));
  if (h.items) {
    const ul = el('ul', 'vals');
    h.items.forEach((v, i) => ul.append(valueItem(`[${i}]`, v)));
    box.append(ul);
  } else if (h.entries) {
    const ul = el('ul', 'vals');
    for (const [k, v] of h.entries) ul.append(valueItem(k.r, v));
    box.append(ul);
  } else if (h.attrs) {
    const ul = el('ul', 'vals');
    for (const a of h.attrs) ul.append(valueItem(a.name, a.value));
    box.append(ul);
  } else {
    box.append(el('div', undefined, h.repr));
  }
  if (h.frame) box.append(frameBox(h.frame, false));
  return box;
}

/** Shows step `i`: frames, heap, the current line and the output printed so far. */
function show(i: number): void {
  if (!trace) return;
  cursor = Math.max(0, Math.min(trace.length - 1, i));
  const s = trace[cursor];
  slider.value = String(cursor);
  $('pg-stepinfo').textContent = `step ${cursor + 1} / ${trace.length}${stepper.dataset.note ?? ''}`;
  root.dataset.step = String(cursor);
  const frames = $('pg-frames');
  frames.replaceChildren(...s.frames.slice().reverse().map((f, k) => frameBox(f, k === 0)));
  const heap = $('pg-heap');
  heap.replaceChildren(...(s.heap.length ? s.heap.map(heapBox) : [el('div', 'empty', 'no objects referenced')]));
  stdoutEl.textContent = fullOut.slice(0, s.out);
  const top = s.frames[s.frames.length - 1];
  markLine(top ? top.line : 0);
}

$('pg-first').addEventListener('click', () => show(0));
$('pg-back').addEventListener('click', () => show(cursor - 1));
$('pg-fwd').addEventListener('click', () => show(cursor + 1));
$('pg-last').addEventListener('click', () => show(trace ? trace.length - 1 : 0));
slider.addEventListener('input', () => show(Number(slider.value)));
document.addEventListener('keydown', (e) => {
  if (!trace || e.target === code || e.target instanceof HTMLSelectElement) return;
  if (e.key === 'ArrowRight') { e.preventDefault(); show(cursor + 1); }
  if (e.key === 'ArrowLeft') { e.preventDefault(); show(cursor - 1); }
});
window.addEventListener('hashchange', () => {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.get('code') !== null && p.get('code') !== code.value) { loadHash(); clearTrace(); refreshTab(); }
});

loadHash();
startWorker();
