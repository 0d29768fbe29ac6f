// The parser against python3.13: every core/test/cases/ast/*.py is parsed and dumped as
// `python3.13 -m ast ARGS case.py` would, and must equal the golden recorded by
// tools/oracle/ast_goldens.py (stdout byte for byte, or the SyntaxError report and exit 1).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../src/compiler/encoding.js';
import { CompileError, formatSyntaxError } from '../src/compiler/errors.js';
import { parse, type ParseMode } from '../src/compiler/parser/index.js';
import { astDump } from '../src/compiler/astdump.js';
import * as A from '../src/compiler/ast.js';
import { newInt, Py_None } from '../src/objects/index.js';

const here = new URL('.', import.meta.url).pathname;
const casesDir = join(here, 'cases/ast');
const goldenDir = join(here, 'golden/ast');

interface Golden { args: string[]; rc: number; stdout: string; stderr: string }

/** What `python -m ast` would print for `name` with `args` (stdout or stderr, and rc). */
function runAst(name: string, args: string[]): { rc: number; stdout: string; stderr: string } {
  let mode: ParseMode = 'exec';
  let attrs = false;
  let indent = 3;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-a') attrs = true;
    else if (args[i] === '-m') mode = args[++i] as ParseMode;
    else if (args[i] === '-i') indent = parseInt(args[++i], 10);
  }
  try {
    const src = decodeSource(readFileSync(join(casesDir, name)), name);
    const tree = parse(src, name, mode, { typeComments: true });
    return { rc: 0, stdout: astDump(tree, { includeAttributes: attrs, indent }) + '\n',
      stderr: '' };
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { rc: 1, stdout: '', stderr: formatSyntaxError(e) };
  }
}

const files = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();

describe('ast goldens (python3.13 -m ast)', () => {
  it('has the cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });
  for (const f of files) {
    it(f, () => {
      const g = JSON.parse(readFileSync(join(goldenDir, f.replace(/\.py$/, '.json')),
        'utf8')) as Golden;
      const got = runAst(f, g.args);
      expect(got.rc).toBe(g.rc);
      expect(got.stdout).toBe(g.stdout);
      if (g.rc !== 0) {
        // python -m ast prints the runpy/ast.main frames first; the report itself is the tail.
        expect(g.stderr.endsWith(got.stderr)).toBe(true);
      }
    });
  }
});

describe('ast nodes', () => {
  it('use CPython class names, _fields order and shared singletons', () => {
    const m = parse('x = -1\n', '<t>') as A.Module;
    const assign = m.body[0] as A.Assign;
    expect(assign._type).toBe('Assign');
    const keys = Object.keys(assign).filter((k) => k !== '_type');
    expect(keys).toEqual(['targets', 'value', 'type_comment',
      'lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
    const v = assign.value as A.UnaryOp;
    expect(v._type).toBe('UnaryOp');
    expect(v.op).toBe(A.USub);
    expect((assign.targets[0] as A.Name).ctx).toBe(A.Store);
    expect(A.FIELDS.UnaryOp).toEqual([['op', A.FieldKind.Op], ['operand', A.FieldKind.Node]]);
  });

  it('dumps like ast.dump with annotate_fields and show_empty', () => {
    const m = new A.Module([new A.Expr(new A.Constant(newInt(1), null, 1, 0, 1, 1), 1, 0, 1,
      1)], []);
    expect(astDump(m)).toBe('Module(body=[Expr(value=Constant(value=1))])');
    expect(astDump(m, { annotateFields: false })).toBe('Module([Expr(Constant(1))])');
    expect(astDump(m, { showEmpty: true }))
      .toBe('Module(body=[Expr(value=Constant(value=1))], type_ignores=[])');
    const none = new A.Constant(Py_None, null, 1, 0, 1, 4);
    expect(astDump(none)).toBe('Constant(value=None)');
  });

  it('parses eval, single and func_type modes', () => {
    expect(astDump(parse('a + 1\n', '<t>', 'eval')))
      .toBe("Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), " +
        'right=Constant(value=1)))');
    expect(astDump(parse('pass\n', '<t>', 'single'))).toBe('Interactive(body=[Pass()])');
    expect(astDump(parse('(int) -> str\n', '<t>', 'func_type')))
      .toBe("FunctionType(argtypes=[Name(id='int', ctx=Load())], returns=Name(id='str', " +
        'ctx=Load()))');
  });
});

describe('deep nesting', () => {
  it('raises CPython errors, never a host RangeError', () => {
    for (const src of ['-'.repeat(100000) + '1\n', 'not '.repeat(50000) + 'x\n',
      'lambda:'.repeat(50000) + '1\n', 'a if b else '.repeat(50000) + 'c\n']) {
      let err: unknown = null;
      try {
        parse(src, '<deep>');
      } catch (e) {
        err = e;
      }
      expect(err).not.toBeNull();
      expect(err).not.toBeInstanceOf(RangeError);
      expect((err as { pyType?: string }).pyType).toBe('MemoryError');
    }
    let err: unknown = null;
    try {
      parse('x = ' + '('.repeat(250) + ')'.repeat(250) + '\n', '<deep>');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).msg).toBe('too many nested parentheses');
  });
});
