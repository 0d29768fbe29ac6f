// Mirrors CPython 3.13's Python/ast_unparse.c: turning an expression back into source text,
// which `from __future__ import annotations` stores instead of evaluating annotations.

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

/** @see Python/ast_unparse.c _PyAST_ExprAsUnicode */
export function unparseExpr(e: N): string {
  throw new Error(`SystemError: cannot unparse ${e._type} yet`);
}
