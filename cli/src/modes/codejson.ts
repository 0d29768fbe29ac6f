// `ceval --code-json FILE.py|FILE.pyc`: the code-object dump of tools/oracle/code_json.py,
// one JSON line per code object, for comparing ceval's compiler with CPython's.

import { codeJson } from '@ceval/core/codejson';
import { codeFromFile } from './dis.js';

/** Runs `--code-json FILE...`; returns the exit code. */
export async function codeJsonMain(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('usage: ceval --code-json FILE.py|FILE.pyc ...\n');
    return 2;
  }
  for (const path of args) {
    const code = await codeFromFile(path);
    if (code === null) return 1;
    process.stdout.write(codeJson(code));
  }
  return 0;
}
