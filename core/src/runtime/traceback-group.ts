// Mirrors Lib/traceback.py 3.13's TracebackException (__init__ and format): the tree of an
// exception with its cause, context and, for an exception group, its members, and the boxed
// layout python3.13 prints for groups (`+-+---- 1 ----`, max_group_width, max_group_depth).
// At top level CPython 3.13 prints through this very code (traceback._print_exception_bltin).

import type { PyObject } from '../object.js';
import { PyBaseException, PyBaseExceptionGroupObject } from '../objects/exceptions.js';
import {
  PyTraceback, extractStack, formatStack, formatExceptionOnly, type LineSource,
} from './traceback.js';

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

const CAUSE_MESSAGE =
  '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE =
  '\nDuring handling of the above exception, another exception occurred:\n\n';

/** One node of the tree: what TracebackException keeps of an exception. */
interface TracebackExc {
  exc: PyObject;
  tb: PyTraceback | null;
  cause: TracebackExc | null;
  context: TracebackExc | null;
  suppressContext: boolean;
  /** The members' nodes when `exc` is an exception group, else null. */
  exceptions: TracebackExc[] | null;
}

function node(exc: PyObject, seen: Set<PyObject>): TracebackExc {
  seen.add(exc);
  const e = exc as PyBaseException;
  return {
    exc, tb: e.traceback instanceof PyTraceback ? e.traceback : null, cause: null,
    context: null, suppressContext: e.suppress_context === true, exceptions: null,
  };
}

/**
 * Build the tree as TracebackException.__init__ does: with a work stack instead of recursion
 * and one `seen` set for the whole tree, so an exception reachable twice (as a member and as
 * a context, or through a cycle) is shown only where it is met first.
 */
function buildTree(exc: PyObject): TracebackExc {
  const seen = new Set<PyObject>();
  const root = node(exc, seen);
  const queue: [TracebackExc, PyObject][] = [[root, exc]];
  while (queue.length > 0) {
    const [te, o] = queue.pop()!;
    if (!(o instanceof PyBaseException)) continue;
    const c = o.cause;
    const cause = c instanceof PyBaseException && !seen.has(c) ? node(c, seen) : null;
    const x = o.context;
    const context = x instanceof PyBaseException && !seen.has(x) ? node(x, seen) : null;
    const members = o instanceof PyBaseExceptionGroupObject ? o.excs.items : null;
    const excs = members === null ? null : members.map((m) => node(m, seen));
    te.cause = cause;
    te.context = context;
    te.exceptions = excs;
    if (cause !== null) queue.push([cause, c!]);
    if (context !== null) queue.push([context, x!]);
    if (excs !== null) excs.forEach((t, i) => queue.push([t, members![i]]));
  }
  return root;
}

/** _ExceptionPrintContext: how deep in groups we are, and whether a box needs closing. */
class PrintContext {
  depth = 0;
  needClose = false;
  out: string[] = [];
  constructor(readonly lines: LineSource) {}

  indent(): string {
    return ' '.repeat(2 * this.depth);
  }

  /** Add `text`, every line prefixed by the indent and, inside a group, the margin. */
  emit(text: string, margin = '|'): void {
    if (text === '') return;
    let prefix = this.indent();
    if (this.depth > 0) prefix += `${margin} `;
    if (prefix === '') {
      this.out.push(text);
      return;
    }
    // textwrap.indent(text, prefix, lambda line: True): blank lines get the prefix too.
    for (const l of text.split(/(?<=\n)/)) this.out.push(prefix + l);
  }
}

/** TracebackException.format. */
function format(te: TracebackExc, ctx: PrintContext): void {
  const chain: [string | null, TracebackExc][] = [];
  for (let e: TracebackExc | null = te; e !== null;) {
    let msg: string | null = null;
    let next: TracebackExc | null = null;
    if (e.cause !== null) {
      msg = CAUSE_MESSAGE;
      next = e.cause;
    } else if (e.context !== null && !e.suppressContext) {
      msg = CONTEXT_MESSAGE;
      next = e.context;
    }
    chain.push([msg, e]);
    e = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, e] = chain[i];
    if (msg !== null) ctx.emit(msg);
    const stack = e.tb === null ? '' : formatStack(extractStack(e.tb), ctx.lines);
    if (e.exceptions === null) {
      if (stack !== '') {
        ctx.emit('Traceback (most recent call last):\n');
        ctx.emit(stack);
      }
      ctx.emit(formatExceptionOnly(e.exc, e.tb));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      formatGroup(e, e.exceptions, stack, ctx);
    }
  }
}

/** The boxed layout of one exception group and its members. */
function formatGroup(e: TracebackExc, members: TracebackExc[], stack: string,
  ctx: PrintContext): void {
  const isTop = ctx.depth === 0;
  if (isTop) ctx.depth++;
  if (stack !== '') {
    ctx.emit('Exception Group Traceback (most recent call last):\n', isTop ? '+' : '|');
    ctx.emit(stack);
  }
  ctx.emit(formatExceptionOnly(e.exc, e.tb));
  const num = members.length;
  const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    // The closing line may be written by a nested group instead.
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    ctx.out.push(`${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      format(members[i], ctx);
    } else {
      const rest = num - MAX_GROUP_WIDTH;
      ctx.emit(`and ${rest} more exception${rest > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${ctx.indent()}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (isTop) ctx.depth = 0;
}

/**
 * The full text `python3.13` prints for an uncaught exception: chained exceptions first,
 * exception groups boxed with their members.
 * @see Lib/traceback.py TracebackException.format, Python/pythonrun.c _PyErr_Display
 */
export function formatException(exc: PyObject, lines: LineSource): string {
  const ctx = new PrintContext(lines);
  format(buildTree(exc), ctx);
  return ctx.out.join('');
}
