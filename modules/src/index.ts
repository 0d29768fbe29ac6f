/**
 * @packageDocumentation
 * The C half of the standard library. CPython writes some modules in C (`Modules/*.c`:
 * `_sre`, `math`, `itertools`, `_collections`, `_io`, `posix` ...); ceval writes each in
 * TypeScript, in a file named after the C file. The pure-Python half of Lib is CPython's own,
 * run by ceval unchanged.
 */

export {};
