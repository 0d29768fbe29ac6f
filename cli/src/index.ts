/**
 * @packageDocumentation
 * The `ceval` command line: the full interpreter (core + every lecture) behind python3.13's
 * options.
 */
export { main } from './main.js';
