// The driver program of the differential fuzzer: one Python file that evaluates every case
// in turn and prints one line per case, `index<TAB>repr` or `index<TAB>!Type: message`. The
// same file runs on python3.13 and on ceval, so their outputs compare line by line.

/** The Python source of a driver for `cases` (expressions), numbered from `first`. */
export function driverSource(cases, first = 0) {
  const lits = cases.map((c) => JSON.stringify(c)).join(',\n  ');
  return `CASES = [\n  ${lits},\n]
def run(i, src):
    try:
        r = repr(eval(src, {}))
    except BaseException as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(str(i) + '\\t' + r.replace('\\n', '\\\\n'))
for i in range(len(CASES)):
    run(${first} + i, CASES[i])
`;
}

/** Addresses differ between any two runs: one spelling for all of them. */
export function normalise(line) {
  return line.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');
}

/** Lines by case index. */
export function byIndex(out) {
  const m = new Map();
  for (const line of out.split('\n')) {
    const t = line.indexOf('\t');
    if (t > 0) m.set(Number(line.slice(0, t)), normalise(line.slice(t + 1)));
  }
  return m;
}
