// Mirrors the import rules of CPython 3.13's Grammar/python.gram (`import_name`,
// `import_from`, `dotted_name`, `invalid_import`, `invalid_import_from_targets`): Import and
// ImportFrom nodes with their aliases, relative levels and error messages.

import { T } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';

type S = A.stmt;

function stmtEnd(s: Pos, e: Pos): [number, number, number, number] {
  return [s.lineno, s.col_offset, e.end_lineno, e.end_col_offset];
}

/** `dotted_name`: NAME ('.' NAME)*, joined with dots. */
function dottedName(p: Parser): string {
  let name = p.expectName();
  while (p.kind() === T.DOT) {
    p.pos++;
    name += '.' + p.expectName();
  }
  return name;
}

export function importName(p: Parser): S {
  const s = p.tok();
  p.pos++;
  if (p.kind() === T.NEWLINE) {
    p.raiseFrom(p.tok(), "Expected one or more names after 'import'");
  }
  const names: A.alias[] = [];
  for (;;) {
    const a = p.tok();
    const name = dottedName(p);
    let asname: string | null = null;
    if (p.eat(K.AS)) asname = importTarget(p);
    const e = p.last();
    names.push(new A.alias(name, asname, ...stmtEnd(a, e)));
    if (!p.eat(T.COMMA)) break;
  }
  if (p.kind() === K.FROM) {
    p.pos++;
    if (p.kind() === T.NAME) {
      dottedName(p);
      p.raiseFrom(s, "Did you mean to use 'from ... import ...' instead?");
    }
    throw NoMatch.it;
  }
  return new A.Import(names, ...stmtEnd(s, p.last()));
}

/** The NAME after `as` in an import. */
function importTarget(p: Parser): string {
  return p.expectName();
}

export function importFrom(p: Parser): S {
  const s = p.tok();
  p.pos++;
  let level = 0;
  for (;;) {
    if (p.kind() === T.DOT) level += 1;
    else if (p.kind() === T.ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  let module: string | null = null;
  if (level === 0 || p.kind() === T.NAME) module = dottedName(p);
  if (p.kind() !== K.IMPORT) throw NoMatch.it;
  p.pos++;
  const names: A.alias[] = [];
  if (p.kind() === T.STAR) {
    const t = p.tok();
    p.pos++;
    names.push(new A.alias('*', null, ...stmtEnd(t, t)));
  } else {
    const paren = p.eat(T.LPAR);
    if (!paren && p.kind() === T.NEWLINE) {
      p.raiseFrom(p.tok(), "Expected one or more names after 'import'");
    }
    for (;;) {
      const a = p.tok();
      const name = p.expectName();
      let asname: string | null = null;
      if (p.eat(K.AS)) asname = importTarget(p);
      names.push(new A.alias(name, asname, ...stmtEnd(a, p.last())));
      if (!p.eat(T.COMMA)) break;
      if (paren && p.kind() === T.RPAR) break;
      if (!paren && p.kind() === T.NEWLINE) {
        p.raiseHere('trailing comma not allowed without surrounding parentheses');
      }
    }
    if (paren) p.expect(T.RPAR);
  }
  return new A.ImportFrom(module, names, level, ...stmtEnd(s, p.last()));
}
