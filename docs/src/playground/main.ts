// The playground page: editor with line numbers, examples, VM level, output/AST/dis tabs, and
// the stepper that walks a recorded trace forward and back. The interpreter runs in a worker;
// everything it sends is put into the page as text (textContent), never as HTML.

import type {
  Capabilities, CodeListing, FrameSnap, HeapSnap, RunResult, SlotSnap, TraceStep, ValueSnap,
  WorkerRequest, WorkerResponse,
} from './trace-protocol.js';
import type { Example } from './page.js';

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
const stopBtn = $<HTMLButtonElement>('pg-stop');
const stdinEl = $<HTMLTextAreaElement>('pg-stdin');
const droppedEl = $<HTMLDivElement>('pg-dropped');
const noteEl = $<HTMLDivElement>('pg-note');
const errorEl = $<HTMLDivElement>('pg-error');
const root = $<HTMLDivElement>('playground');
const data = JSON.parse($('pg-data').textContent ?? '{}') as { examples: Example[] };

/** Runs stop after this many instructions; traced runs keep this many snapshots. */
const RUN_BUDGET = 20_000_000;
const TRACE_BUDGET = 200_000;
const MAX_STEPS = 20_000;
/** A worker that does not answer by then is presumed stuck (a runtime without a budget). */
const WATCHDOG_MS = 15_000;
/** A run may take this long; then the program is stopped, as the Stop button would. */
const RUN_TIME_LIMIT_MS = 30_000;
/** Output shown: the last lines only (CPython prints a million lines in a second or so). */
const SHOW_LINES = 2_000;
/** Output kept in memory, in characters; older output is dropped and counted. */
const KEEP_CHARS = 1 << 20;

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

/** Marks the line of a SyntaxError in the editor (0 clears), with its message as a tooltip. */
function markError(line: number, msg = ''): void {
  if (line <= 0) {
    errorEl.hidden = true;
    delete root.dataset.errorLine;
    return;
  }
  const lh = parseFloat(getComputedStyle(code).lineHeight) || 20;
  const pad = parseFloat(getComputedStyle(code).paddingTop) || 0;
  errorEl.hidden = false;
  errorEl.style.top = `${pad + (line - 1) * lh - code.scrollTop}px`;
  errorEl.style.height = `${lh}px`;
  errorEl.title = msg;
  root.dataset.errorLine = String(line);
  for (const sp of gutter.querySelectorAll('.err')) sp.classList.remove('err');
  if (!gutter.querySelector('span')) {
    gutter.replaceChildren();
    const n = code.value.split('\n').length;
    for (let i = 1; i <= n; i++) {
      const span = document.createElement('span');
      span.textContent = String(i);
      gutter.append(span, '\n');
    }
  }
  gutter.querySelectorAll('span')[line - 1]?.classList.add('err');
  gutter.scrollTop = code.scrollTop;
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
  if (up) ensureLevel(up); else levelSel.value = '';
  syncGutter();
}

function ensureLevel(v: string): void {
  const n = String(Number(v));
  if (![...levelSel.options].some((o) => o.value === n)) levelSel.add(new Option(`lecture ${v.padStart(2, '0')}`, n));
  levelSel.value = n;
}

code.addEventListener('input', () => { syncGutter(); markError(0); saveHash(); clearTrace(); refreshTab(); });
code.addEventListener('scroll', () => {
  gutter.scrollTop = code.scrollTop;
  if (trace) show(cursor);
  if (root.dataset.errorLine) markError(Number(root.dataset.errorLine), errorEl.title);
});
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

/** The run being shown: its id, so late messages of a stopped run are ignored. */
let runningId = 0;

function startWorker(): void {
  worker = new Worker(new URL('./playground-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
    const m = ev.data;
    if (m.kind === 'ready') { onReady(m.caps, m.loadMs); return; }
    if (m.kind === 'output') {
      if (m.id === runningId) appendOutput(m.stdout, m.stderr);
      return;
    }
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

/** Replaces the worker (a stopped or stuck program); whoever waited gets `answer`. */
function restartWorker(answer: (id: number) => WorkerResponse): void {
  worker.terminate();
  clearTimeout(watchdog);
  const waiting = pending;
  pending = new Map();
  for (const [wid, cb] of waiting) cb(answer(wid));
  delete root.dataset.ready;
  startWorker();
}

function ask(req: Omit<WorkerRequest, 'id'>, limitMs = WATCHDOG_MS, shown = false): Promise<WorkerResponse> {
  const id = nextId++;
  // Only the run the user started streams into the output pane.
  if (shown) runningId = id;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...req, id });
    clearTimeout(watchdog);
    watchdog = window.setTimeout(() => restartWorker((wid) => ({
      kind: 'crash', id: wid, error: req.kind === 'run' ? 'time limit' : `no answer after ${limitMs / 1000}s`,
    })), limitMs);
  });
}

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function onReady(c: Capabilities, loadMs: number): void {
  caps = c;
  // The VM list keeps its order (lecture numbers ascending), whatever the URL added first.
  const keep = levelSel.value;
  const nums = new Set([...c.levels.map(String),
    ...[...levelSel.options].map((o) => o.value).filter(Boolean)]);
  levelSel.replaceChildren(new Option('full interpreter', ''));
  for (const n of [...nums].map(Number).sort((a, b) => a - b)) {
    levelSel.add(new Option(`lecture ${String(n).padStart(2, '0')}`, String(n)));
  }
  levelSel.value = keep;
  runBtn.disabled = !c.run;
  traceBtn.disabled = !c.run || !c.trace;
  const missing = c.notes.length ? ` (${c.notes.join('; ')})` : '';
  setStatus(`ready in ${Math.round(loadMs)} ms${missing}`, !c.run);
  root.dataset.ready = '1';
  refreshTab();
  void markExamples();
}

// ---- output ----------------------------------------------------------------------------------

/** The run's output so far (its tail past KEEP_CHARS), and what was dropped before it. */
let outText = '';
let errText = '';
let droppedLines = 0;
let droppedChars = 0;
let renderQueued = false;

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function resetOutput(): void {
  outText = errText = '';
  droppedLines = droppedChars = 0;
  noteEl.hidden = true;
  renderOutput();
}

function appendOutput(out: string, err: string): void {
  outText += out;
  errText += err;
  if (outText.length > KEEP_CHARS) {
    // Keep the last half of the allowance, cut at a line end.
    let cut = outText.indexOf('\n', outText.length - KEEP_CHARS / 2);
    cut = cut < 0 ? outText.length - KEEP_CHARS / 2 : cut + 1;
    droppedLines += countLines(outText, 0, cut);
    droppedChars += cut;
    outText = outText.slice(cut);
  }
  if (!renderQueued) {
    renderQueued = true;
    requestAnimationFrame(() => { renderQueued = false; renderOutput(); });
  }
}

/** Shows the last SHOW_LINES lines of the output and says how many came before them. */
function renderOutput(upTo = -1): void {
  const text = upTo < 0 ? outText : outText.slice(0, Math.max(0, upTo - droppedChars));
  // The tail: walk back SHOW_LINES line ends (a final newline ends the last line, not one more).
  let start = 0;
  let pos = text.endsWith('\n') ? text.length - 1 : text.length;
  for (let n = 0; n < SHOW_LINES; n++) {
    const i = pos > 0 ? text.lastIndexOf('\n', pos - 1) : -1;
    if (i < 0) { start = 0; break; }
    pos = i;
    start = i + 1;
  }
  const hiddenHere = start > 0 ? countLines(text, 0, start) : 0;
  const dropped = droppedLines + hiddenHere;
  droppedEl.hidden = dropped === 0;
  droppedEl.textContent = dropped ? `… ${dropped.toLocaleString('en')} earlier line${dropped === 1 ? '' : 's'} not shown (the last ${SHOW_LINES.toLocaleString('en')} are)` : '';
  root.dataset.droppedLines = String(dropped);
  stdoutEl.textContent = start > 0 ? text.slice(start) : text;
  stderrEl.textContent = errText;
}

/** The innermost `File "<playground>", line N, in NAME` of a traceback. */
function whereStopped(err: string): { line: number; name: string } | null {
  let found: { line: number; name: string } | null = null;
  for (const m of err.matchAll(/File "<playground>", line (\d+), in (\S+)/g)) {
    found = { line: Number(m[1]), name: m[2] };
  }
  return found;
}

function note(text: string): void {
  noteEl.hidden = false;
  noteEl.textContent = text;
}

// ---- running ---------------------------------------------------------------------------------

async function run(withTrace: boolean): Promise<void> {
  if (!caps?.run) return;
  clearTrace();
  markError(0);
  resetOutput();
  setStatus('running…');
  runBtn.disabled = traceBtn.disabled = true;
  stopBtn.hidden = false;
  root.dataset.running = '1';
  const t0 = performance.now();
  const upto = levelSel.value ? Number(levelSel.value) : null;
  const budget = withTrace ? TRACE_BUDGET : RUN_BUDGET;
  const r = await ask({
    kind: 'run', source: code.value, upto, trace: withTrace, budget, maxSteps: MAX_STEPS,
    stdin: stdinEl.value,
  } as Omit<WorkerRequest, 'id'>, RUN_TIME_LIMIT_MS, true);
  const wall = performance.now() - t0;
  runningId = 0;
  runBtn.disabled = false;
  traceBtn.disabled = !caps.trace;
  stopBtn.hidden = true;
  delete root.dataset.running;
  root.dataset.runs = String(Number(root.dataset.runs ?? 0) + 1);
  if (r.kind === 'crash') {
    renderOutput();
    if (r.error === 'stopped' || r.error === 'time limit') {
      // The program was stopped from outside: the output so far stays, and it is said plainly.
      note(r.error === 'stopped'
        ? `Your program was stopped (Stop pressed) after ${(wall / 1000).toFixed(1)} s; its output so far is above.`
        : `Your program was stopped: it ran longer than ${RUN_TIME_LIMIT_MS / 1000} s, the playground's time limit. Its output so far is above.`);
      setStatus('stopped', true);
    } else {
      note(`internal error (a bug in ceval, not in your program):\n${r.error}`);
      setStatus('crashed', true);
    }
    return;
  }
  if (r.kind !== 'result') return;
  if (!firstRunDone) { firstRunDone = true; root.dataset.firstRunMs = String(Math.round(wall)); }
  outText += r.stdout;
  errText += r.stderr;
  appendOutput('', '');
  renderOutput();
  if (r.budgetExhausted) {
    // The traceback above ends in the runtime's RuntimeError; say what happened in words.
    const at = whereStopped(errText);
    const where = at ? ` at line ${at.line}${at.name !== '<module>' ? ` (in ${at.name})` : ''}` : '';
    note(`Your program was stopped${where}: it ran ${budget.toLocaleString('en')} instructions, the playground's limit${withTrace ? ' for traced runs' : ''}. Its output so far is above.`);
  }
  const syn = /^(\w*Error): /m.exec(errText.split('\n').filter(Boolean).pop() ?? '');
  if (syn && /^(SyntaxError|IndentationError|TabError)$/.test(syn[1])) {
    const m = /File "<playground>", line (\d+)/.exec(errText);
    if (m) markError(Number(m[1]), errText.trim().split('\n').pop() ?? '');
  }
  const exit = r.budgetExhausted ? 'stopped' : r.exitCode ? `exit status ${r.exitCode}` : 'done';
  setStatus(`${exit} in ${Math.round(wall)} ms${r.steps ? `, ${r.steps.toLocaleString('en')} instructions` : ''}`, r.exitCode !== 0);
  selectTab('output');
  if (r.trace && r.trace.length) startTrace(r);
}

runBtn.addEventListener('click', () => void run(false));
traceBtn.addEventListener('click', () => void run(true));
stopBtn.addEventListener('click', () => {
  if (!runningId) return;
  restartWorker((wid) => ({ kind: 'crash', id: wid, error: 'stopped' }));
});
levelSel.addEventListener('change', () => { saveHash(); clearTrace(); refreshTab(); });

// The examples, grouped; those needing a lecture the VM cannot run yet are marked.
const groups = new Map<string, HTMLOptGroupElement>();
for (const [i, e] of data.examples.entries()) {
  let g = groups.get(e.group);
  if (!g) {
    g = document.createElement('optgroup');
    g.label = e.group;
    groups.set(e.group, g);
    exampleSel.append(g);
  }
  const o = new Option(e.name, String(i));
  if (e.needs) o.dataset.needs = String(e.needs);
  g.append(o);
}

/**
 * Marks each example that needs a lecture (a class: 08, a generator: 09) when this
 * interpreter cannot run it yet, by running it once: the label then says which lecture.
 */
async function markExamples(): Promise<void> {
  for (const o of exampleSel.querySelectorAll<HTMLOptionElement>('option[data-needs]')) {
    const e = data.examples[Number(o.value)];
    const r = await ask({ kind: 'run', source: e.code, upto: null, trace: false, budget: 50_000,
      maxSteps: 0 } as Omit<WorkerRequest, 'id'>);
    const lec = String(e.needs).padStart(2, '0');
    const late = r.kind !== 'result' || /arrives in lecture|is not implemented/.test(r.lastError);
    o.textContent = late ? `${e.name} (needs lecture ${lec}, not written yet)` : e.name;
    o.dataset.late = late ? '1' : '';
  }
  root.dataset.examplesMarked = '1';
}

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
let cursor = 0;
const stepper = $<HTMLDivElement>('pg-stepper');
const slider = $<HTMLInputElement>('pg-slider');

function startTrace(r: RunResult): void {
  trace = r.trace;
  codes = r.codes;
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
    // Columns as dis prints them: line, offset, name, argument, and what the argument means.
    const li = el('li', ins.offset === f.offset ? 'cur' : '');
    li.append(el('span', 'ln', ins.line > 0 ? String(ins.line) : ''), el('span', 'off', String(ins.offset)),
      el('span', 'op', ins.op), el('span', 'arg', ins.op === 'CACHE' ? '' : String(ins.arg)),
      el('span', 'argrepr', ins.argrepr ? `(${ins.argrepr})` : ''));
    if (ins.offset === f.offset) curLi = li;
    ol.append(li);
  }
  lst.append(ol);
  body.append(stackBox, slots, lst);
  box.append(body);
  // Every frame's listing shows its current instruction (the caller's is its CALL), by
  // scrolling the listing itself, never the page.
  if (curLi) {
    const li = curLi;
    requestAnimationFrame(() => {
      // The listing is positioned, so an item's offsetTop is measured from it.
      ol.scrollTop = Math.max(0, li.offsetTop - ol.clientHeight / 2 + li.offsetHeight / 2);
    });
  }
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
  renderOutput(s.out);
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
  const up = p.get('upto') ?? '';
  if (p.get('code') !== null && (p.get('code') !== code.value || String(Number(up || 0) || '') !== levelSel.value)) {
    loadHash();
    clearTrace();
    markError(0);
    refreshTab();
  }
});

loadHash();
startWorker();
