// `ceval -m ast [-a] [-i N] [-m MODE] [--no-type-comments] [infile]`: what `python3.13 -m ast`
// prints (Lib/ast.py main()), including argparse's usage errors and the traceback of an
// uncaught SyntaxError.

import { readFileSync } from 'node:fs';
import { parse, ParserOverflowError } from '@ceval/core/compiler/parser/index';
import { astDump } from '@ceval/core/compiler/astdump';
import { decodeSource } from '@ceval/core/compiler/encoding';
import { CompileError, formatSyntaxError, type CompileWarning } from '@ceval/core/compiler/errors';
import { printCompileWarnings } from './warnings.js';

const PROG = 'python -m ast';
const USAGE =
  'usage: python -m ast [-h] [-m {exec,single,eval,func_type}]\n' +
  '                     [--no-type-comments] [-a] [-i INDENT]\n' +
  '                     [infile]\n';
const HELP = USAGE + `
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i, --indent INDENT   indentation of nodes (number of spaces)
`;

/**
 * The frames python3.13 prints above a SyntaxError raised by `python3.13 -m ast`: the error
 * surfaces through runpy and ast.main(), and the traceback shows those frames.
 */
const AST_PY = '/root/.pyenv/versions/3.13.0/lib/python3.13/ast.py';
const TRACEBACK_HEAD = `Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "${AST_PY}", line 1866, in <module>
    main()
    ~~~~^^
  File "${AST_PY}", line 1862, in main
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
  File "${AST_PY}", line 54, in parse
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version, optimize=optimize)
`;

const MODES = ['exec', 'single', 'eval', 'func_type'];

interface Args {
  infile: string;
  mode: string;
  includeAttributes: boolean;
  indent: number;
  typeComments: boolean;
}

class UsageError extends Error {}

const LONG = ['--help', '--mode', '--no-type-comments', '--include-attributes', '--indent'];

/** A small argparse: exact or unambiguous-prefix long options, attached short values. */
function parseArgs(argv: string[]): Args | 'help' {
  const a: Args = { infile: '-', mode: 'exec', includeAttributes: false, indent: 3,
    typeComments: true };
  let sawInfile = false;
  const extras: string[] = [];
  const value = (opt: string, attached: string | null, i: number): [string, number] => {
    if (attached !== null) return [attached, i];
    if (i + 1 >= argv.length || argv[i + 1].startsWith('-') && argv[i + 1] !== '-' &&
        !/^-\d/.test(argv[i + 1])) {
      throw new UsageError(`argument ${opt}: expected one argument`);
    }
    return [argv[i + 1], i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '--') {
      for (const x of argv.slice(i + 1)) {
        if (!sawInfile) {
          a.infile = x;
          sawInfile = true;
        } else extras.push(x);
      }
      break;
    }
    let attached: string | null = null;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq >= 0) {
        attached = arg.slice(eq + 1);
        arg = arg.slice(0, eq);
      }
      const hits = LONG.filter((o) => o.startsWith(arg));
      if (hits.length === 1) arg = hits[0];
      else if (hits.length > 1 && !LONG.includes(arg)) {
        throw new UsageError(`ambiguous option: ${arg} could match ${hits.join(', ')}`);
      }
    } else if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-' && 'mi'.includes(arg[1])) {
      attached = arg.slice(2);
      arg = arg.slice(0, 2);
    }
    switch (arg) {
      case '-h': case '--help':
        return 'help';
      case '-a': case '--include-attributes':
        a.includeAttributes = true;
        break;
      case '--no-type-comments':
        a.typeComments = false;
        break;
      case '-m': case '--mode': {
        const [v, j] = value('-m/--mode', attached, i);
        i = j;
        if (!MODES.includes(v)) {
          throw new UsageError(`argument -m/--mode: invalid choice: '${v}' (choose from ` +
            `${MODES.map((m) => `'${m}'`).join(', ')})`);
        }
        a.mode = v;
        break;
      }
      case '-i': case '--indent': {
        const [v, j] = value('-i/--indent', attached, i);
        i = j;
        if (!/^\s*[-+]?\d+\s*$/.test(v)) {
          throw new UsageError(`argument -i/--indent: invalid int value: '${v}'`);
        }
        a.indent = parseInt(v, 10);
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') extras.push(argv[i]);
        else if (!sawInfile) {
          a.infile = arg;
          sawInfile = true;
        } else extras.push(arg);
    }
  }
  if (extras.length) throw new UsageError(`unrecognized arguments: ${extras.join(' ')}`);
  return a;
}

/** Runs `python -m ast` and returns the exit code. */
export async function astMain(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${USAGE}${PROG}: error: ${e.message}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  let name: string;
  let bytes: Uint8Array;
  try {
    if (args.infile === '-') {
      name = '<stdin>';
      bytes = readFileSync(0);
    } else {
      name = args.infile;
      bytes = readFileSync(args.infile);
    }
  } catch {
    // ast.main() opens the file itself, so a missing file is an uncaught FileNotFoundError.
    process.stderr.write(`Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "${AST_PY}", line 1866, in <module>
    main()
    ~~~~^^
  File "${AST_PY}", line 1860, in main
    with open(args.infile, 'rb') as infile:
         ~~~~^^^^^^^^^^^^^^^^^^^
FileNotFoundError: [Errno 2] No such file or directory: '${args.infile}'
`);
    return 1;
  }
  try {
    const source = decodeSource(bytes, name);
    const warnings: CompileWarning[] = [];
    let tree;
    try {
      tree = parse(source, name, args.mode as 'exec',
        { typeComments: args.typeComments, warnings });
    } finally {
      printCompileWarnings(warnings, name, source, null);
    }
    const indent = args.indent;
    process.stdout.write(astDump(tree, { includeAttributes: args.includeAttributes,
      indent }) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      process.stderr.write(TRACEBACK_HEAD + formatSyntaxError(e));
      return 1;
    }
    if (e instanceof ParserOverflowError) {
      process.stderr.write(TRACEBACK_HEAD + `MemoryError: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
