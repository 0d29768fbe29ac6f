// `ceval -m ast [-a] [-i N] [-m MODE] FILE`: what `python3.13 -m ast` prints (Lib/ast.py main()).
// Filled in by the front end.

export async function astMain(_args: string[]): Promise<number> {
  process.stderr.write('ceval -m ast: not built yet\n');
  return 1;
}
