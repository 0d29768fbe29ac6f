// The -m dis and -m ast modes compile without an interpreter, as dis.py and ast.py call
// compile(): the warnings the compiler met are printed the way the default filters show
// them (every SyntaxWarning, `file:line: Category: message` and the stripped source line).

import type { CompileWarning } from '@ceval/core/compiler/errors';

/**
 * Write `warnings` to stderr. A fold's DeprecationWarning is attributed to the line of
 * dis.py that called compile() (`fold`), or dropped when `fold` is null (ast.parse never
 * folds).
 */
export function printCompileWarnings(warnings: readonly CompileWarning[], filename: string,
  source: string, fold: { filename: string; lineno: number; line: string } | null): void {
  const lines = source.split(/\r\n|\r|\n/);
  let folded = false;
  let out = '';
  for (const w of warnings) {
    if (w.fold === true) {
      // shown once: dis.py's registry remembers it
      if (fold === null || folded) continue;
      folded = true;
      out += `${fold.filename}:${fold.lineno}: ${w.category}: ${w.msg}\n  ${fold.line}\n`;
      continue;
    }
    const src = (lines[w.lineno - 1] ?? '').trim();
    out += `${filename}:${w.lineno}: ${w.category}: ${w.msg}\n${src === '' ? '' : `  ${src}\n`}`;
  }
  if (out !== '') process.stderr.write(out);
}
