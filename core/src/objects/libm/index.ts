// The C library functions CPython calls for complex ** and abs(complex), ported from the
// glibc this machine runs (2.36, the FMA variants its ifunc picks) so ceval's results agree
// with python3.13's to the last bit. Measured by tools/oracle/check_libm.py.

export { sin, cos } from './sin.js';
export { atan2 } from './atan2.js';
export { exp } from './exp.js';
export { log } from './log.js';
export { hypot } from './hypot.js';
