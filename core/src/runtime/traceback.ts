// Mirrors the printing half of Lib/traceback.py 3.13 (StackSummary.format_frame_summary, caret anchors, chained
// exceptions, "[Previous line repeated N more times]", name suggestions), which is what
// python3.13 runs to print an uncaught exception.

import { PyObject, PyTypeObject } from '../object.js';
import { PyUnicode } from '../objects/unicodeobject.js';
import { PyDict } from '../objects/dictobject.js';
import { strString, reprString } from '../objects/objectcore.js';
import { PyTuple } from '../objects/tupleobject.js';
import { PyBytes } from '../objects/bytesobject.js';
import { Py_None } from '../objects/noneobject.js';
import { maybeCurrentInterpreter } from '../interpreter.js';
import {
  PyBaseException, PyExc_NameError, PyExc_AttributeError, PyExc_ImportError,
  PyExc_SyntaxError, PySyntaxErrorObject,
} from '../objects/exceptions.js';
import type { Frame } from '../frame.js';
import { getParser } from './compile-hook.js';
import { stdlibModuleNames } from './stdlib-names.js';

export { PyTraceBack_Type, PyTraceback, tracebackHere } from './tracebackobject.js';
import { PyTraceback } from './tracebackobject.js';

/** Where traceback printing gets source lines (linecache). */
export type LineSource = (filename: string) => string | null;

export interface FrameSummary {
  filename: string;
  name: string;
  lineno: number;
  endLineno: number;
  colno: number;
  endColno: number;
}

function splitLines(src: string): string[] {
  // linecache keeps line endings; we only need the text, so \r\n and \n both split.
  return src.split(/\r\n|\r|\n/);
}

/** textwrap.dedent on a block of lines: drop the common leading whitespace. */
function dedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const ws = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = ws;
    else {
      let k = 0;
      while (k < margin.length && k < ws.length && margin[k] === ws[k]) k++;
      margin = margin.slice(0, k);
    }
  }
  const m = margin ?? '';
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(m.length)));
}

/** Character index for a UTF-8 byte offset in `line`. */
function byteToChar(line: string, offset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < offset) {
    const c = line.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** traceback._display_width */
function displayWidth(line: string, offset?: number): number {
  const off = offset ?? line.length;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(line)) return off;
  let w = 0;
  for (let i = 0; i < off && i < line.length; i++) {
    const c = line.codePointAt(i)!;
    w += isWide(c) ? 2 : 1;
    if (c >= 0x10000) i++;
  }
  return w;
}

interface Anchors {
  leftLine: number; leftOff: number; rightLine: number; rightOff: number;
  primary: string; secondary: string;
}

/** traceback._extract_caret_anchors_from_line_segment: binary ops, subscripts, calls. */
const anchorCache = new Map<string, Anchors | null>();

function caretAnchors(segment: string): Anchors | null {
  let a = anchorCache.get(segment);
  if (a === undefined) {
    a = caretAnchorsUncached(segment);
    anchorCache.set(segment, a);
  }
  return a;
}

function parse(src: string, filename: string, mode: 'exec'): unknown {
  const p = getParser();
  if (p === null) throw new Error('no parser');
  return p(src, filename, mode);
}

function caretAnchorsUncached(segment: string): Anchors | null {
  let tree: any;
  try {
    tree = parse(`(\n${segment}\n)`, '<traceback>', 'exec');
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const lines = segment.split('\n');
  const normalize = (ln: number, off: number): number => byteToChar(lines[ln], off);
  const nextValid = (ln: number, col: number): [number, number] => {
    while (ln < lines.length && col >= lines[ln].length) { col = 0; ln++; }
    if (!(ln < lines.length && col < lines[ln].length)) throw new Error('bad position');
    return [ln, col];
  };
  const increment = (ln: number, col: number): [number, number] => nextValid(ln, col + 1);
  const nextline = (ln: number): [number, number] => nextValid(ln + 1, 0);
  const incrementUntil = (ln: number, col: number, stop: (c: string) => boolean):
    [number, number] => {
    for (;;) {
      const ch = lines[ln][col];
      if (ch === '\\' || ch === '#') [ln, col] = nextline(ln);
      else if (!stop(ch)) [ln, col] = increment(ln, col);
      else break;
    }
    return [ln, col];
  };
  const setup = (e: any, force = true): [number, number] => {
    const ln = e.end_lineno - 2;
    const col = normalize(ln, e.end_col_offset);
    return force ? nextValid(ln, col) : [ln, col];
  };
  const st = tree.body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  try {
    if (e._type === 'BinOp') {
      let [ln, col] = setup(e.left);
      [ln, col] = incrementUntil(ln, col, (x) => !/\s/.test(x) && x !== ')');
      let right = col + 1;
      if (right < lines[ln].length
        && (e.right.lineno - 2 > ln || right < normalize(e.right.lineno - 2, e.right.col_offset))
        && !/\s/.test(lines[ln][right]) && lines[ln][right] !== '\\' && lines[ln][right] !== '#') {
        right++;
      }
      return { leftLine: ln, leftOff: col, rightLine: ln, rightOff: right, primary: '~',
        secondary: '^' };
    }
    if (e._type === 'Subscript' || e._type === 'Call') {
      const open = e._type === 'Subscript' ? '[' : '(';
      let [ll, lc] = setup(e._type === 'Subscript' ? e.value : e.func);
      [ll, lc] = incrementUntil(ll, lc, (x) => x === open);
      const [rl, rc] = setup(e, false);
      return { leftLine: ll, leftOff: lc, rightLine: rl, rightOff: rc, primary: '~',
        secondary: '^' };
    }
  } catch {
    return null;
  }
  return null;
}

const stmtCache = new Map<string, any>();

/** StackSummary._should_show_carets */
function shouldShowCarets(start: number, end: number, allLines: string[],
  anchors: Anchors | null): boolean {
  try {
    const src = allLines.join('\n');
    let tree: any = stmtCache.get(src);
    if (tree === undefined) {
      try {
        tree = parse(src, '<traceback>', 'exec');
      } catch {
        tree = null;
      }
      stmtCache.set(src, tree);
    }
    if (tree === null) throw new Error('unparsable');
    if (tree.body.length === 0) return false;
    const st = tree.body[0];
    let value: any = null;
    if (st._type === 'Return' && st.value !== null && st.value._type === 'Call') {
      if (st.value.func._type === 'Name') value = st.value;
    } else if (st._type === 'Assign' && st.value._type === 'Call') {
      if (st.targets.length === 1 && st.targets[0]._type === 'Name') value = st.value;
    }
    if (value !== null && value.lineno === 1 && value.end_lineno === allLines.length
      && value.col_offset === start && value.end_col_offset === end) return false;
  } catch {
    // a SyntaxError in the fragment: fall through, as traceback.py suppresses it
  }
  if (anchors !== null) return true;
  return allLines[0].slice(0, start).trim() !== ''
    || allLines[allLines.length - 1].slice(end).trimEnd() !== '';
}

/** StackSummary.format_frame_summary (uncoloured). */
function formatFrameSummary(fs: FrameSummary, lines: LineSource): string {
  let row = `  File "${fs.filename}", line ${fs.lineno < 0 ? 'None' : fs.lineno}, in ${fs.name}\n`;
  const src = lines(fs.filename);
  if (src === null || fs.lineno < 0 || fs.endLineno < 0) return row;
  const all = splitLines(src);
  const original: string[] = [];
  for (let l = fs.lineno; l <= fs.endLineno; l++) original.push((all[l - 1] ?? '').trimEnd());
  const dedented = dedent(original);
  if (dedented.join('\n').trim() === '') return row;
  if (fs.colno < 0 || fs.endColno < 0) {
    return row + `    ${original[0].trim()}\n`;
  }
  const firstLine = original[0];
  const lastLine = original[original.length - 1];
  let start = byteToChar(firstLine, fs.colno);
  let end = byteToChar(lastLine, fs.endColno);
  const allLines = dedented;
  const dd = firstLine.length - allLines[0].length;
  start = Math.max(0, start - dd);
  end = Math.max(0, end - dd);
  const dpStart = displayWidth(allLines[0], start);
  const dpEnd = displayWidth(allLines[allLines.length - 1], end);
  let segment = allLines.join('\n');
  segment = segment.slice(start, segment.length - (allLines[allLines.length - 1].length - end));
  const anchors = caretAnchors(segment);
  const show = shouldShowCarets(start, end, allLines, anchors);
  const sig = new Set<number>([0, allLines.length - 1]);
  let aLeft = 0;
  let aRight = 0;
  if (anchors !== null) {
    aLeft = anchors.leftOff + (anchors.leftLine === 0 ? start : 0);
    aRight = anchors.rightOff + (anchors.rightLine === 0 ? start : 0);
    aLeft = displayWidth(allLines[anchors.leftLine], aLeft);
    aRight = displayWidth(allLines[anchors.rightLine], aRight);
    for (let k = anchors.leftLine - 1; k < anchors.leftLine + 2; k++) sig.add(k);
    for (let k = anchors.rightLine - 1; k < anchors.rightLine + 2; k++) sig.add(k);
  }
  sig.delete(-1);
  sig.delete(allLines.length);
  const result: string[] = [];
  const outputLine = (ln: number): void => {
    result.push(allLines[ln] + '\n');
    if (!show) return;
    const line = allLines[ln];
    const numSpaces = line.length - line.trimStart().length;
    const n = ln === allLines.length - 1 ? dpEnd : displayWidth(line);
    let carets = '';
    for (let col = 0; col < n; col++) {
      if (col < numSpaces || (ln === 0 && col < dpStart)) carets += ' ';
      else if (anchors !== null
        && (ln > anchors.leftLine || (ln === anchors.leftLine && col >= aLeft))
        && (ln < anchors.rightLine || (ln === anchors.rightLine && col < aRight))) {
        carets += anchors.secondary;
      } else carets += anchors !== null ? anchors.primary : '^';
    }
    result.push(carets + '\n');
  };
  const sorted = [...sig].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const ln = sorted[i];
    if (i) {
      const diff = ln - sorted[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  }
  // textwrap.dedent the block again, then indent every line by four spaces.
  const block = result.join('').split('\n');
  block.pop();
  for (const l of dedent(block)) row += `    ${l}\n`;
  return row;
}

const RECURSIVE_CUTOFF = 3;

export function extractStack(tb: PyTraceback | null): FrameSummary[] {
  const out: FrameSummary[] = [];
  for (let t = tb; t !== null; t = t.tb_next) {
    // _walk_tb_with_full_positions: the instruction's positions (none for a negative
    // tb_lasti), tb_lineno when they have no line; FrameSummary's end_lineno defaults to it.
    const p = t.exec.positions;
    const i = t.lasti * 4;
    const has = t.lasti >= 0 && i < p.length;
    const lineno = has && p[i] >= 0 ? p[i] : t.tb_lineno;
    const endLineno = has && p[i + 1] >= 0 ? p[i + 1] : lineno;
    out.push({
      filename: t.exec.filename, name: t.exec.name, lineno, endLineno,
      colno: has ? p[i + 2] : -1, endColno: has ? p[i + 3] : -1,
    });
  }
  return out;
}

/** StackSummary.format, with the repeated-line collapsing. */
export function formatStack(stack: FrameSummary[], lines: LineSource): string {
  let out = '';
  let lastFile: string | null = null;
  let lastLine = -2;
  let lastName: string | null = null;
  let count = 0;
  const repeated = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const c = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${c} more time${c > 1 ? 's' : ''}]\n`;
    }
  };
  for (const fs of stack) {
    if (lastFile !== fs.filename || lastLine !== fs.lineno || lastName !== fs.name) {
      repeated();
      lastFile = fs.filename;
      lastLine = fs.lineno;
      lastName = fs.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatFrameSummary(fs, lines);
  }
  repeated();
  return out;
}

/** traceback._safe_string: str() (or repr()) that never fails. */
export function safeStr(o: PyObject, what: string, func = strString): string {
  try {
    return func(o);
  } catch {
    return `<${what} ${func === strString ? 'str' : 'repr'}() failed>`;
  }
}

function typeQualname(t: PyTypeObject): string {
  const q = (t as { ht_qualname?: string }).ht_qualname;
  if (q !== undefined) return q;
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? t.tp_name : t.tp_name.slice(i + 1);
}

function typeModule(t: PyTypeObject): string {
  const m = (t as { ht_module?: string }).ht_module;
  if (m !== undefined) return m;
  if (t.tp_module !== null) return t.tp_module;
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? 'builtins' : t.tp_name.slice(0, i);
}

function isSub(t: PyTypeObject, b: PyTypeObject): boolean {
  return t === b || (t.tp_mro ?? []).includes(b);
}

/** Hooks the suggestion code needs from the runtime (dir() of objects, frame namespaces). */
export interface SuggestionHooks {
  dir: (o: PyObject) => string[] | null;
  importModule: (name: string) => PyObject | null;
}

let suggestionHooks: SuggestionHooks | null = null;
export function setSuggestionHooks(h: SuggestionHooks): void {
  suggestionHooks = h;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  const MOVE = 2;
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) {
    post++;
  }
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE * (a.length + b.length);
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE);
  let result = 0;
  const subst = (x: string, y: string): number =>
    x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? 1 : MOVE;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = bi * MOVE;
    result = distance;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + subst(bc, a[i]);
      distance = row[i];
      const insdel = Math.min(result, distance) + MOVE;
      result = Math.min(insdel, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** traceback._compute_suggestion_error's search, over candidate names `d`. */
export function bestSuggestion(d: string[], wrong: string): string | null {
  if (d.length > 750 || wrong.length > 40) return null;
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const name of d) {
    if (name === wrong) continue;
    let maxd = Math.floor((name.length + wrong.length + 3) * 2 / 6);
    maxd = Math.min(maxd, best - 1);
    const dist = levenshtein(wrong, name, maxd);
    if (dist > maxd) continue;
    if (suggestion === null || dist < best) {
      suggestion = name;
      best = dist;
    }
  }
  return suggestion;
}

function lastTb(tb: PyTraceback | null): PyTraceback | null {
  if (tb === null) return null;
  while (tb.tb_next !== null) tb = tb.tb_next;
  return tb;
}

function dictKeys(d: PyObject | null): string[] {
  if (!(d instanceof PyDict)) return [];
  const out: string[] = [];
  for (const k of d.keys()) if (k instanceof PyUnicode) out.push(k.value);
  return out;
}

function suggestionFor(exc: PyBaseException, tb: PyTraceback | null): string {
  const t = exc.ob_type;
  const h = suggestionHooks;
  try {
    if (isSub(t, PyExc_ImportError)) {
      const nf = (exc as { name_from?: PyObject | null }).name_from;
      const mn = (exc as { name?: PyObject | null }).name;
      if (!(nf instanceof PyUnicode) || !(mn instanceof PyUnicode) || h === null) return '';
      const mod = h.importModule(mn.value);
      if (mod === null) return '';
      let d = h.dir(mod) ?? [];
      if (nf.value[0] !== '_') d = d.filter((x) => x[0] !== '_');
      const s = bestSuggestion(d, nf.value);
      return s === null ? '' : `. Did you mean: '${s}'?`;
    }
    if (isSub(t, PyExc_NameError) || isSub(t, PyExc_AttributeError)) {
      const nameObj = (exc as { name?: PyObject | null }).name;
      if (!(nameObj instanceof PyUnicode)) return '';
      const wrong = nameObj.value;
      let s: string | null = null;
      if (isSub(t, PyExc_AttributeError)) {
        const obj = (exc as { obj?: PyObject | null }).obj;
        if (obj !== null && obj !== undefined && h !== null) {
          let d = h.dir(obj);
          if (d !== null) {
            let hide = wrong[0] !== '_';
            const last = lastTb(tb);
            if (hide && last !== null) {
              const fr = last.tb_frame.frame;
              const selfIdx = fr.exec.localsplusnames.indexOf('self');
              if (selfIdx >= 0 && selfIdx < fr.exec.nlocals) hide = hide && true;
            }
            if (hide) d = d.filter((x) => x[0] !== '_');
            s = bestSuggestion(d, wrong);
          }
        }
      } else {
        const last = lastTb(tb);
        if (last === null) return '';
        const fr = last.tb_frame.frame;
        const d = [...(fr.locals !== null ? dictKeys(fr.locals) : fastLocalNames(fr)),
          ...dictKeys(fr.globals), ...dictKeys(fr.builtins)];
        s = bestSuggestion(d, wrong);
        // 3.12+: in a method, a name the instance has as an attribute is suggested as
        // `self.name` first. @see Lib/traceback.py _compute_suggestion_error
        const selfIdx = fr.exec.localsplusnames.indexOf('self');
        const stack = interpStackOf(fr);
        if (s === null && selfIdx >= 0 && selfIdx < fr.exec.nlocals && stack !== null && h !== null) {
          const self = stack[fr.base + selfIdx];
          if (self !== null && self !== undefined && (h.dir(self) ?? []).includes(wrong)) {
            s = `self.${wrong}`;
          }
        }
      }
      let out = s === null ? '' : `. Did you mean: '${s}'?`;
      if (isSub(t, PyExc_NameError) && stdlibModuleNames.has(wrong)) {
        out += s !== null ? ` Or did you forget to import '${wrong}'?`
          : `. Did you forget to import '${wrong}'?`;
      }
      return out;
    }
  } catch {
    return '';
  }
  return '';
}

function fastLocalNames(fr: Frame): string[] {
  // f_locals of a function frame: the bound fast locals, in co_varnames order.
  const names: string[] = [];
  const stack = interpStackOf(fr);
  if (stack === null) return fr.exec.localsplusnames.slice();
  for (let i = 0; i < fr.exec.nlocalsplus; i++) {
    if (stack[fr.base + i] !== null && stack[fr.base + i] !== undefined) {
      names.push(fr.exec.localsplusnames[i]);
    }
  }
  return names;
}

let stackProvider: ((f: Frame) => (PyObject | null)[] | null) | null = null;
/** Lets the runtime tell traceback printing where frames' locals live. */
export function setFrameStackProvider(p: (f: Frame) => (PyObject | null)[] | null): void {
  stackProvider = p;
}
function interpStackOf(f: Frame): (PyObject | null)[] | null {
  return stackProvider === null ? null : stackProvider(f);
}

/** TracebackException.format_exception_only (the last line(s)). */
export function formatExceptionOnly(exc: PyObject, tb: PyTraceback | null): string {
  const t = exc.ob_type;
  const mod = typeModule(t);
  let stype = typeQualname(t);
  if (mod !== '__main__' && mod !== 'builtins') stype = `${mod}.${stype}`;
  if (exc instanceof PySyntaxErrorObject && isSub(t, PyExc_SyntaxError)) {
    return formatSyntaxErrorObject(exc, stype) + formatNotes(exc, '');
  }
  let s = safeStr(exc, 'exception');
  if (exc instanceof PyBaseException) s += suggestionFor(exc, tb);
  return (s === '' ? `${stype}\n` : `${stype}: ${s}\n`) + formatNotes(exc, '');
}

/**
 * The exception's `__notes__` under its last line: each note's str() line by line when
 * __notes__ is a sequence (not str or bytes), else the repr of whatever it is.
 * @see Lib/traceback.py TracebackException.format_exception_only
 */
export function formatNotes(exc: PyObject, indent: string): string {
  let notes: PyObject | null = null;
  const interp = maybeCurrentInterpreter();
  try {
    if (exc instanceof PyBaseException) {
      notes = interp !== null ? interp.hooks.getAttr(exc, NOTES)
        : exc.dict?.getItemStr('__notes__') ?? null;
    }
  } catch (e) {
    if (!(e instanceof PyBaseException && isSub(e.ob_type, PyExc_AttributeError))) {
      const r = e instanceof PyObject ? safeStr(e, '__notes__', reprString) : '';
      return `${indent}Ignored error getting __notes__: ${r}\n`;
    }
  }
  if (notes === null || notes === Py_None) return '';
  const items = notes instanceof PyTuple ? notes.items
    : Array.isArray((notes as { items?: unknown }).items) && !(notes instanceof PyUnicode)
      ? (notes as unknown as { items: PyObject[] }).items : null;
  if (items === null || notes instanceof PyUnicode || notes instanceof PyBytes) {
    return `${indent}${safeStr(notes, '__notes__', reprString)}\n`;
  }
  let out = '';
  for (const n of items.slice()) {
    for (const l of safeStr(n, 'note').split('\n')) out += `${indent}${l}\n`;
  }
  return out;
}

const NOTES = new PyUnicode('__notes__');

function formatSyntaxErrorObject(e: PySyntaxErrorObject, stype: string): string {
  const get = (o: PyObject | null): string | null => (o instanceof PyUnicode ? o.value : null);
  const num = (o: PyObject | null): number | null => {
    const v = (o as { value?: unknown } | null)?.value;
    return typeof v === 'number' ? v : null;
  };
  let out = '';
  const lineno = num(e.lineno);
  if (lineno !== null) out += `  File "${get(e.filename) ?? '<string>'}", line ${lineno}\n`;
  const text = get(e.text);
  let offset = num(e.offset);
  if (text !== null) {
    const rtext = Array.from(text.replace(/\n+$/, ''));
    let k = 0;
    while (k < rtext.length && (rtext[k] === ' ' || rtext[k] === '\n' || rtext[k] === '\f')) k++;
    const ltext = rtext.slice(k);
    out += `    ${ltext.join('')}\n`;
    if (offset !== null) {
      const tlen = Array.from(text).length;
      let end = num(e.end_offset);
      const endLine = num(e.end_lineno);
      if (endLine !== null && endLine !== lineno) end = rtext.length + 1;
      if (end === null || end === 0) end = offset;
      if (tlen > 0 && offset > tlen) offset = rtext.length + 1;
      if (tlen > 0 && end > tlen) end = rtext.length + 1;
      if (offset >= end || end < 0) end = offset + 1;
      const colno = offset - 1 - k;
      const endColno = end - 1 - k;
      if (colno >= 0) {
        let sp = '';
        for (const ch of ltext.slice(0, colno)) sp += /\s/.test(ch) ? ch : ' ';
        out += `    ${sp}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  const msg = get(e.msg) ?? '<no detail available>';
  out += `${stype}: ${msg}\n`;
  return out;
}

export { formatException } from './traceback-group.js';
