// Mirrors `ast.dump` of CPython 3.13's Lib/ast.py: the text form of a tree, byte for byte,
// including 3.13's rule of leaving out fields that are None or [] by default.

import { FieldKind, FIELDS, HAS_POSITIONS } from './ast.js';
import { constRepr, newStr, type PyObject } from '../objects/index.js';

/** Options of {@link astDump}; the names follow `ast.dump`'s keyword arguments. */
export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  indent?: number | string | null;
  showEmpty?: boolean;
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** A field value as the generic walker sees it. */
type Value = unknown;
type Node = { _type: string } & Record<string, Value>;

/**
 * `ast.dump(node, annotate_fields, include_attributes, indent=..., show_empty=...)`.
 * @see Lib/ast.py dump
 */
export function astDump(node: { _type: string }, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const attrs = opts.includeAttributes ?? false;
  const showEmpty = opts.showEmpty ?? false;
  let indent: string | null = null;
  if (opts.indent !== undefined && opts.indent !== null) {
    indent = typeof opts.indent === 'string' ? opts.indent : ' '.repeat(Math.max(0, opts.indent));
  }
  // `simple` is the second item CPython's _format returns: may the parent stay on one line?
  let simple = true;

  function format(value: Value, kind: FieldKind, level: number): string {
    switch (kind) {
      case FieldKind.Node: case FieldKind.OptNode: case FieldKind.Op:
        if (value === null) {
          simple = true;
          return 'None';
        }
        return formatNode(value as Node, level);
      case FieldKind.List: case FieldKind.IdentList:
        return formatList(value as Value[], kind, level);
      case FieldKind.Str: case FieldKind.OptStr:
        simple = true;
        return value === null ? 'None' : strRepr(value as string);
      case FieldKind.Int: case FieldKind.OptInt:
        simple = true;
        return value === null ? 'None' : String(value);
      case FieldKind.Const:
        simple = true;
        return constRepr(value as PyObject);
    }
  }

  function formatList(list: Value[], kind: FieldKind, level: number): string {
    if (indent !== null) level++;
    if (list.length === 0) {
      simple = true;
      return '[]';
    }
    const prefix = indent !== null ? '\n' + indent.repeat(level) : '';
    const sep = indent !== null ? ',\n' + indent.repeat(level) : ', ';
    const parts: string[] = [];
    for (const x of list) {
      if (kind === FieldKind.IdentList) parts.push(strRepr(x as string));
      else if (x === null) parts.push('None');
      else parts.push(formatNode(x as Node, level));
    }
    simple = false;
    return '[' + prefix + parts.join(sep) + ']';
  }

  function formatNode(node: Node, level: number): string {
    if (indent !== null) level++;
    const type = node._type;
    const fields = FIELDS[type];
    const args: string[] = [];
    let buffer: string[] = [];
    let allSimple = true;
    let keywords = annotate;
    for (let i = 0; i < fields.length; i++) {
      const [name, kind] = fields[i];
      const value = node[name];
      if (value === null && (kind === FieldKind.OptNode || kind === FieldKind.OptStr ||
          kind === FieldKind.OptInt)) {
        keywords = true;
        continue;
      }
      if (!showEmpty && (value === null || Array.isArray(value) && value.length === 0) &&
          type !== 'Constant' && type !== 'MatchSingleton') {
        buffer.push(value === null ? 'None' : '[]');
        continue;
      } else if (!keywords) {
        for (const b of buffer) args.push(b);
        buffer = [];
      }
      const text = format(value, kind, level);
      allSimple = allSimple && simple;
      args.push(keywords ? name + '=' + text : text);
    }
    if (attrs && HAS_POSITIONS.has(type)) {
      for (const name of ATTRIBUTES) {
        const v = node[name];
        if (v === null || v === undefined) continue;
        args.push(name + '=' + String(v));
      }
    }
    if (allSimple && args.length <= 3) {
      simple = args.length === 0;
      return type + '(' + args.join(', ') + ')';
    }
    simple = false;
    const prefix = indent !== null ? '\n' + indent.repeat(level) : '';
    const sep = indent !== null ? ',\n' + indent.repeat(level) : ', ';
    return type + '(' + prefix + args.join(sep) + ')';
  }

  return formatNode(node as Node, 0);
}

const strReprCache = new Map<string, string>();

/** `repr()` of a str field (identifiers, `kind`, type comments). */
function strRepr(s: string): string {
  let r = strReprCache.get(s);
  if (r === undefined) {
    r = constRepr(newStr(s));
    if (strReprCache.size < 10000) strReprCache.set(s, r);
  }
  return r;
}
