// The `ceval` command line, shaped like python3.13's (Modules/main.c): options are parsed
// here, and each mode lives in its own file under modes/.

import { astMain } from './modes/ast.js';

const USAGE = 'usage: ceval [option] ... [-c cmd | -m mod | file | -] [arg] ...';

/** Runs the command line and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length >= 2 && argv[0] === '-m') {
    const mod = argv[1];
    const rest = argv.slice(2);
    if (mod === 'ast') return astMain(rest);
    process.stderr.write(`ceval: No module named ${mod}\n`);
    return 1;
  }
  process.stderr.write(USAGE + '\n');
  return 2;
}
