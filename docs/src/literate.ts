// Splits a TypeScript source file into docco-style sections: the comment above a stretch of
// code becomes prose, the code stays code. Also finds the anchors a page offers: functions,
// classes, enums, interfaces and instruction definitions, and the CPython files it mirrors.

import { OPNAMES } from './opnames.js';

/** One prose/code pair; lines are 0-based indexes into the file. */
export interface Section {
  /** Markdown taken from the comments (comment markers stripped). */
  prose: string;
  codeStart: number;
  /** One past the last code line. */
  codeEnd: number;
  /**
   * Lines inside [codeStart, codeEnd) not to show: the comment that is this section's prose,
   * when the block opener above it (`case Op.X: {`) was moved into this section.
   */
  hidden?: [number, number];
  /** A divider comment (`// --- names ---`): shown as a heading across both columns. */
  divider?: boolean;
}

const DIVIDER = /^\s*\/\/\s*(?:-{2,}|={2,})\s*(.*?)\s*(?:-{2,}|={2,})?\s*$/;
const OPENER = /(\{|:)\s*(\/\/.*)?$/;

const indentOf = (l: string): number => l.length - l.trimStart().length;

export const enum AnchorKind { Function, Class, Type, Const, Instruction, InstructionMention }

export interface Anchor {
  name: string;
  /** HTML id, unique in the page. */
  id: string;
  kind: AnchorKind;
  line: number;
  exported: boolean;
  /**
   * For instructions, how surely this is the definition: the `// NAME:` comment that opens a
   * handler (3), a registration or handler table entry (2), a `case` in some switch (1).
   */
  strength: number;
}

export interface LiterateFile {
  path: string;
  lines: string[];
  sections: Section[];
  anchors: Anchor[];
  /** CPython paths named in the header comment: `Objects/listobject.c`. */
  mirrors: string[];
}

const LINE_COMMENT = /^\s*\/\/(?!\/)\s?(.*)$/;
const BLOCK_START = /^\s*\/\*\*?(.*)$/;

/** Removes the ` * ` gutter of a block comment line and JSDoc's `@see`-style tags. */
function blockLine(l: string): string {
  return l.replace(/^\s*\*(?!\/)\s?/, '');
}

/** Turns JSDoc tags into markdown a reader can scan: `@see X` becomes "See X." */
function jsdocToMarkdown(text: string): string {
  return text
    .replace(/^@see\s+(.*)$/gm, '*See:* $1')
    .replace(/^@param\s+(\S+)\s*-?\s*(.*)$/gm, '- `$1`: $2')
    .replace(/^@returns?\s+(.*)$/gm, '*Returns:* $1')
    .replace(/^@example\s*$/gm, '*Example:*')
    .replace(/^@packageDocumentation\s*$/gm, '')
    .replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]*))?\}/g, (_m, a: string, b?: string) =>
      '`' + (b ?? a) + '`');
}

/**
 * Reads a source file into sections. A comment that stands on its own lines opens a new
 * section; comments at the end of code lines stay with the code, as in docco.
 * @see Pycco's parse(), which does the same for Python files
 */
export function splitSections(text: string): { lines: string[]; sections: Section[] } {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const sections: Section[] = [];
  let prose: string[] = [];
  let codeStart = 0;
  let inCode = false;
  // Block openers carried from the code above into the section of the comment that follows
  // them: [first opener line, first comment line].
  let carry: [number, number] | null = null;
  let hidden: [number, number] | undefined;
  const flush = (end: number): void => {
    if (prose.length || end > codeStart) {
      const sec: Section = { prose: jsdocToMarkdown(prose.join('\n').trim()), codeStart, codeEnd: end };
      if (hidden) sec.hidden = hidden;
      sections.push(sec);
    }
    prose = [];
    hidden = undefined;
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    const div = DIVIDER.exec(l);
    if (div && div[1] && !/^[-=\s]*$/.test(div[1])) {
      // `// --- names: locals dict, globals, builtins -----`: a divider is a heading of its
      // own, not prose for the code below it.
      if (inCode) { flush(i); inCode = false; } else if (prose.length) flush(i);
      carry = null;
      sections.push({ prose: `#### ${div[1]}`, codeStart: i + 1, codeEnd: i + 1, divider: true });
      i++;
      codeStart = i;
      continue;
    }
    const lc = LINE_COMMENT.exec(l);
    const bc = lc ? null : BLOCK_START.exec(l);
    // A shebang or an eslint/ts directive is code, not prose.
    const directive = /^\s*\/\/\s*(@ts-|eslint|#region|#endregion)/.test(l);
    if ((lc || bc) && !directive) {
      if (inCode) {
        // A comment inside a block (`case Op.X: {` then `// X: ...`) explains the block: the
        // opener lines go with it, not with the prose of the code above them.
        let j = i;
        const ind = indentOf(l);
        while (j - 1 >= codeStart && lines[j - 1].trim() && indentOf(lines[j - 1]) < ind &&
          OPENER.test(lines[j - 1]) && !LINE_COMMENT.test(lines[j - 1])) j--;
        flush(j);
        carry = j < i ? [j, i] : null;
        inCode = false;
      }
      // A comment after a blank line starts its own section: the file's header comment stays
      // apart from the doc comment of the first declaration.
      else if (prose.length && prose[prose.length - 1] === '') { codeStart = i; flush(i); }
      if (lc) {
        prose.push(lc[1]);
        i++;
      } else {
        // A block comment: gather until its close.
        let body = bc![1];
        let j = i;
        if (!/\*\//.test(body)) {
          const parts = [body];
          j++;
          while (j < lines.length && !/\*\//.test(lines[j])) parts.push(blockLine(lines[j++]));
          if (j < lines.length) parts.push(blockLine(lines[j].replace(/\*\/.*$/, '')));
          body = parts.join('\n');
        } else {
          body = body.replace(/\*\/.*$/, '');
        }
        if (prose.length && prose[prose.length - 1] !== '') prose.push('');
        prose.push(body.trim());
        i = j + 1;
      }
      codeStart = i;
      continue;
    }
    if (!inCode) {
      // Blank lines between a comment and its code belong to neither; between two comments
      // they separate paragraphs.
      if (!l.trim()) { if (prose.length) prose.push(''); i++; codeStart = i; carry = null; continue; }
      inCode = true;
      codeStart = i;
      if (carry !== null) {
        codeStart = carry[0];
        hidden = [carry[1], i];
        carry = null;
      }
    }
    i++;
  }
  flush(inCode ? lines.length : codeStart);
  // Trim trailing blank lines of each code part so the columns line up.
  for (const s of sections) {
    while (s.codeEnd > s.codeStart && !lines[s.codeEnd - 1].trim()) s.codeEnd--;
  }
  return { lines, sections };
}

const ID = '(?<name>[A-Za-z_$][\\w$]*)';
const DECLS: [RegExp, AnchorKind][] = [
  [new RegExp(`^\\s*(?<ex>export\\s+)?(default\\s+)?(async\\s+)?function\\s*\\*?\\s*${ID}`), AnchorKind.Function],
  [new RegExp(`^\\s*(?<ex>export\\s+)?(default\\s+)?(abstract\\s+)?class\\s+${ID}`), AnchorKind.Class],
  [new RegExp(`^\\s*(?<ex>export\\s+)?(declare\\s+)?(const\\s+)?enum\\s+${ID}`), AnchorKind.Type],
  [new RegExp(`^\\s*(?<ex>export\\s+)?interface\\s+${ID}`), AnchorKind.Type],
  [new RegExp(`^\\s*(?<ex>export\\s+)?type\\s+${ID}\\s*(<[^=]*>)?\\s*=`), AnchorKind.Type],
  [new RegExp(`^(?<ex>export\\s+)?(?:const|let)\\s+${ID}\\s*(:[^=]*)?=`), AnchorKind.Const],
];

/** Where an instruction is *defined*, by the conventions STYLE.md suggests. */
const INSTR_DEF: [RegExp, number][] = [
  [/^\s*\/\/\s*([A-Z][A-Z0-9_]+)\s*:/, 3], // `// STORE_FAST: fast[oparg] = pop()`
  [/\b(?:inst|def|defineInstruction|instruction|defInst|op|register\w*)\(\s*['"]([A-Z][A-Z0-9_]+)['"]/, 2],
  [/\bname\s*:\s*['"]([A-Z][A-Z0-9_]+)['"]/, 2],
  [/^\s*\[?\s*['"]?([A-Z][A-Z0-9_]+)['"]?\s*\]?\s*:\s*(?:\{|\(|function|inst|def)/, 2],
  [/^\s*case\s+(?:[A-Za-z_]+\.)?['"]?([A-Z][A-Z0-9_]+)['"]?\s*:/, 1],
];

/** Finds the anchors a source file offers, each name once per file. */
export function findAnchors(lines: string[]): Anchor[] {
  const out: Anchor[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: AnchorKind, line: number, exported: boolean, strength = 0): void => {
    if (seen.has(name)) {
      // A stronger definition later in the file (the handler after a `case`) takes the anchor.
      const prev = out.find((a) => a.name === name)!;
      if (kind === AnchorKind.Instruction && prev.kind === AnchorKind.Instruction && strength > prev.strength) {
        prev.line = line;
        prev.strength = strength;
      }
      return;
    }
    seen.add(name);
    out.push({ name, id: name, kind, line, exported, strength });
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    for (const [re, kind] of DECLS) {
      const m = re.exec(l);
      if (m?.groups) { add(m.groups.name, kind, i, !!m.groups.ex); break; }
    }
    for (const [re, strength] of INSTR_DEF) {
      const m = re.exec(l);
      if (m && OPNAMES.has(m[1])) { add(m[1], AnchorKind.Instruction, i, true, strength); break; }
    }
  }
  // Files that only list instructions (the opcode table) still offer anchors, ranked lower.
  for (let i = 0; i < lines.length; i++) {
    const re = /['"]([A-Z][A-Z0-9_]{2,})['"]/g;
    for (let m = re.exec(lines[i]); m; m = re.exec(lines[i])) {
      if (OPNAMES.has(m[1])) add(m[1], AnchorKind.InstructionMention, i, false);
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

const CPY_PATH = /\b((?:Objects|Python|Include|Lib|Parser|Modules|Tools|Programs)\/[\w./-]*\w\.(?:c|h|py))\b/g;

/** CPython paths named in the first comment lines of a file (its "mirrors" header). */
export function findMirrors(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    if (!/^\s*(\/\/|\/?\*)/.test(lines[i])) break;
    for (const m of lines[i].matchAll(CPY_PATH)) if (!out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

/** The whole analysis of one source file. */
export function readLiterate(path: string, text: string): LiterateFile {
  const { lines, sections } = splitSections(text);
  const anchors = findAnchors(lines);
  // An anchor found in a comment (`// FOR_ITER: ...`) lands on the code that follows it,
  // since comments are set as prose and have no line of their own on the page.
  for (const a of anchors) {
    const s = sections.find((x) => a.line < x.codeEnd && !x.divider);
    if (s && (a.line < s.codeStart || (s.hidden && a.line >= s.hidden[0] && a.line < s.hidden[1]))) {
      a.line = s.codeStart;
    }
  }
  anchors.sort((a, b) => a.line - b.line);
  return { path, lines, sections, anchors, mirrors: findMirrors(lines) };
}
