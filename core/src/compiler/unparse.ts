// Mirrors CPython 3.13's Python/ast_unparse.c: turning an expression back into source text,
// which `from __future__ import annotations` stores instead of evaluating annotations. The
// output follows the C unparser (not Lib/ast.py's): minimal parentheses by precedence.

import type { PyObject } from '../object.js';
import { Py_Ellipsis } from '../objects/noneobject.js';
import { PyLong_Type } from '../objects/longobject.js';
import { PyFloat_Type, PyFloat } from '../objects/floatobject.js';
import { PyComplex_Type } from '../objects/complexobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { constRepr } from '../objects/constkey.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

const enum PR {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
  POWER, AWAIT, ATOM,
}

const BINOP: Record<string, [string, PR]> = {
  Add: [' + ', PR.ARITH], Sub: [' - ', PR.ARITH], Mult: [' * ', PR.TERM],
  MatMult: [' @ ', PR.TERM], Div: [' / ', PR.TERM], Mod: [' % ', PR.TERM],
  LShift: [' << ', PR.SHIFT], RShift: [' >> ', PR.SHIFT], BitOr: [' | ', PR.BOR],
  BitXor: [' ^ ', PR.BXOR], BitAnd: [' & ', PR.BAND], FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};

const CMPOP: Record<string, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ',
  IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** repr() of a constant, with infinities spelled as the overflowing literal 1e309. */
function constantText(v: PyObject): string {
  const r = constRepr(v);
  const t = v.ob_type;
  if ((t === PyFloat_Type && !Number.isFinite((v as PyFloat).value)) || t === PyComplex_Type) {
    return r.replace(/inf/g, '1e309');
  }
  return r;
}

class Unparser {
  out = '';

  w(s: string): void { this.out += s; }

  expr(e: N, level: PR): void {
    switch (e._type) {
      case 'BoolOp': {
        const pr = e.op._type === 'And' ? PR.AND : PR.OR;
        const op = e.op._type === 'And' ? ' and ' : ' or ';
        if (level > pr) this.w('(');
        e.values.forEach((v: N, i: number) => { if (i) this.w(op); this.expr(v, pr + 1); });
        if (level > pr) this.w(')');
        return;
      }
      case 'BinOp': {
        const [op, pr] = BINOP[e.op._type];
        const rassoc = e.op._type === 'Pow' ? 1 : 0;
        if (level > pr) this.w('(');
        this.expr(e.left, pr + rassoc);
        this.w(op);
        this.expr(e.right, pr + (rassoc ? 0 : 1));
        if (level > pr) this.w(')');
        return;
      }
      case 'UnaryOp': {
        const t = e.op._type;
        const op = t === 'Invert' ? '~' : t === 'Not' ? 'not ' : t === 'UAdd' ? '+' : '-';
        const pr = t === 'Not' ? PR.NOT : PR.FACTOR;
        if (level > pr) this.w('(');
        this.w(op);
        this.expr(e.operand, pr);
        if (level > pr) this.w(')');
        return;
      }
      case 'Lambda': {
        if (level > PR.TEST) this.w('(');
        const npos = e.args.args.length + e.args.posonlyargs.length;
        this.w(npos ? 'lambda ' : 'lambda');
        this.args(e.args);
        this.w(': ');
        this.expr(e.body, PR.TEST);
        if (level > PR.TEST) this.w(')');
        return;
      }
      case 'IfExp':
        if (level > PR.TEST) this.w('(');
        this.expr(e.body, PR.TEST + 1);
        this.w(' if ');
        this.expr(e.test, PR.TEST + 1);
        this.w(' else ');
        this.expr(e.orelse, PR.TEST);
        if (level > PR.TEST) this.w(')');
        return;
      case 'Dict':
        this.w('{');
        for (let i = 0; i < e.values.length; i++) {
          if (i) this.w(', ');
          if (e.keys[i] === null) { this.w('**'); this.expr(e.values[i], PR.EXPR); }
          else { this.expr(e.keys[i], PR.TEST); this.w(': '); this.expr(e.values[i], PR.TEST); }
        }
        this.w('}');
        return;
      case 'Set':
        if (e.elts.length === 0) { this.w('{*()}'); return; }
        this.w('{');
        this.seq(e.elts);
        this.w('}');
        return;
      case 'GeneratorExp': this.w('('); this.expr(e.elt, PR.TEST); this.comps(e.generators); this.w(')'); return;
      case 'ListComp': this.w('['); this.expr(e.elt, PR.TEST); this.comps(e.generators); this.w(']'); return;
      case 'SetComp': this.w('{'); this.expr(e.elt, PR.TEST); this.comps(e.generators); this.w('}'); return;
      case 'DictComp':
        this.w('{');
        this.expr(e.key, PR.TEST);
        this.w(': ');
        this.expr(e.value, PR.TEST);
        this.comps(e.generators);
        this.w('}');
        return;
      case 'Yield':
        if (e.value === null) { this.w('(yield)'); return; }
        this.w('(yield ');
        this.expr(e.value, PR.TEST);
        this.w(')');
        return;
      case 'YieldFrom': this.w('(yield from '); this.expr(e.value, PR.TEST); this.w(')'); return;
      case 'Await':
        if (level > PR.AWAIT) this.w('(');
        this.w('await ');
        this.expr(e.value, PR.ATOM);
        if (level > PR.AWAIT) this.w(')');
        return;
      case 'Compare':
        if (level > PR.CMP) this.w('(');
        this.expr(e.left, PR.CMP + 1);
        for (let i = 0; i < e.ops.length; i++) {
          this.w(CMPOP[e.ops[i]._type]);
          this.expr(e.comparators[i], PR.CMP + 1);
        }
        if (level > PR.CMP) this.w(')');
        return;
      case 'Call': {
        this.expr(e.func, PR.ATOM);
        if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
          this.expr(e.args[0], PR.TEST);
          return;
        }
        this.w('(');
        let first = true;
        for (const a of e.args) { if (!first) this.w(', '); first = false; this.expr(a, PR.TEST); }
        for (const k of e.keywords) {
          if (!first) this.w(', ');
          first = false;
          if (k.arg === null) this.w('**');
          else this.w(k.arg + '=');
          this.expr(k.value, PR.TEST);
        }
        this.w(')');
        return;
      }
      case 'Constant':
        if (e.value === Py_Ellipsis) { this.w('...'); return; }
        if (e.kind !== null && e.kind !== undefined) this.w(e.kind);
        this.w(constantText(e.value));
        return;
      case 'JoinedStr': this.joinedStr(e, false); return;
      case 'FormattedValue': this.formattedValue(e); return;
      case 'Attribute': {
        const v = e.value;
        this.expr(v, PR.ATOM);
        // `1 .real`: an int needs a space before the dot.
        this.w(v._type === 'Constant' && v.value.ob_type === PyLong_Type ? ' .' : '.');
        this.w(e.attr);
        return;
      }
      case 'Subscript':
        this.expr(e.value, PR.ATOM);
        this.w('[');
        this.expr(e.slice, PR.TUPLE);
        this.w(']');
        return;
      case 'Starred': this.w('*'); this.expr(e.value, PR.EXPR); return;
      case 'Name': this.w(e.id); return;
      case 'List': this.w('['); this.seq(e.elts); this.w(']'); return;
      case 'Tuple': {
        const n = e.elts.length;
        if (n === 0) { this.w('()'); return; }
        if (level > PR.TUPLE) this.w('(');
        this.seq(e.elts);
        if (n === 1) this.w(',');
        if (level > PR.TUPLE) this.w(')');
        return;
      }
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower, PR.TEST);
        this.w(':');
        if (e.upper !== null) this.expr(e.upper, PR.TEST);
        if (e.step !== null) { this.w(':'); this.expr(e.step, PR.TEST); }
        return;
      case 'NamedExpr':
        if (level > PR.TUPLE) this.w('(');
        this.expr(e.target, PR.ATOM);
        this.w(' := ');
        this.expr(e.value, PR.ATOM);
        if (level > PR.TUPLE) this.w(')');
        return;
    }
    throw new Error(`SystemError: unknown expression kind ${e._type}`);
  }

  seq(elts: N[]): void {
    elts.forEach((x, i) => { if (i) this.w(', '); this.expr(x, PR.TEST); });
  }

  comps(gens: N[]): void {
    for (const g of gens) {
      this.w(g.is_async ? ' async for ' : ' for ');
      this.expr(g.target, PR.TUPLE);
      this.w(' in ');
      this.expr(g.iter, PR.TEST + 1);
      for (const c of g.ifs) { this.w(' if '); this.expr(c, PR.TEST + 1); }
    }
  }

  arg(a: N): void {
    this.w(a.arg);
    if (a.annotation !== null) { this.w(': '); this.expr(a.annotation, PR.TEST); }
  }

  args(a: N): void {
    let first = true;
    const sep = () => { if (first) first = false; else this.w(', '); };
    const npo = a.posonlyargs.length, na = a.args.length, nd = a.defaults.length;
    for (let i = 0; i < npo + na; i++) {
      sep();
      this.arg(i < npo ? a.posonlyargs[i] : a.args[i - npo]);
      const di = i - npo - na + nd;
      if (di >= 0) { this.w('='); this.expr(a.defaults[di], PR.TEST); }
      if (npo && i + 1 === npo) this.w(', /');
    }
    if (a.vararg !== null || a.kwonlyargs.length) {
      sep();
      this.w('*');
      if (a.vararg !== null) this.arg(a.vararg);
    }
    const nk = a.kwonlyargs.length, nkd = a.kw_defaults.length;
    for (let i = 0; i < nk; i++) {
      sep();
      this.arg(a.kwonlyargs[i]);
      const di = i - nk + nkd;
      if (di >= 0 && a.kw_defaults[di] !== null) {
        this.w('=');
        this.expr(a.kw_defaults[di], PR.TEST);
      }
    }
    if (a.kwarg !== null) { sep(); this.w('**'); this.arg(a.kwarg); }
  }

  fstringBody(values: N[], isFormatSpec: boolean): string {
    const u = new Unparser();
    for (const v of values) u.fstringElement(v, isFormatSpec);
    return u.out;
  }

  fstringElement(e: N, isFormatSpec: boolean): void {
    switch (e._type) {
      case 'Constant':
        this.w((e.value as PyUnicode).value.replace(/\{/g, '{{').replace(/\}/g, '}}'));
        return;
      case 'JoinedStr': this.joinedStr(e, isFormatSpec); return;
      case 'FormattedValue': this.formattedValue(e); return;
    }
    throw new Error('SystemError: unknown expression kind inside f-string');
  }

  joinedStr(e: N, isFormatSpec: boolean): void {
    const body = this.fstringBody(e.values, isFormatSpec);
    if (!isFormatSpec) { this.w('f'); this.w(constRepr(newStr(body))); }
    else this.w(body);
  }

  formattedValue(e: N): void {
    const u = new Unparser();
    // PR.TEST + 1 parenthesises a lambda, whose ':' would end the field.
    u.expr(e.value, PR.TEST + 1);
    const inner = u.out;
    this.w(inner.startsWith('{') ? '{ ' : '{');
    this.w(inner);
    const conv = e.conversion;
    if (conv > 0) this.w('!' + String.fromCharCode(conv));
    if (e.format_spec !== null) { this.w(':'); this.fstringElement(e.format_spec, true); }
    this.w('}');
  }
}

/** @see Python/ast_unparse.c _PyAST_ExprAsUnicode */
export function unparseExpr(e: N): string {
  const u = new Unparser();
  u.expr(e, PR.TEST);
  return u.out;
}
