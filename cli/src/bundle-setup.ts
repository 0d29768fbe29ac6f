// What the bundled command installs before anything runs (see bundle.ts). Unbundled, the
// runtime finds the compiler with a dynamic import, so that it also runs without one; in a
// bundle that import cannot be followed, so the compiler and the parser are imported here
// statically and installed.

import { compile } from '@ceval/core/compiler/index';
import { parse } from '@ceval/core/compiler/parser/index';
import { formatSyntaxError } from '@ceval/core/compiler/errors';
import { setCompiler, setParser, type CompileFn, type ParseFn }
  from '@ceval/core/runtime/compile-hook';
import { registerCompiler } from './modes/dis.js';

setCompiler(compile as unknown as CompileFn);
setParser(parse as unknown as ParseFn);
registerCompiler({
  compile: compile as unknown as Parameters<typeof registerCompiler>[0]['compile'],
  format: formatSyntaxError as (e: Error) => string,
});
