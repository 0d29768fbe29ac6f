/**
 * @packageDocumentation
 * The ceval site generator: lecture notes rendered with markdown-it, literate source pages,
 * the typedoc API reference and the stepping playground. `npm run docs` builds it to dist/.
 */
// The package's public face: what the build, the tests and the e2e runner import.

export { buildSite, type BuildOptions, type BuildResult } from './build.js';
export { discover, type Workspace, type LectureInfo, type PackageInfo } from './discover.js';
export { readLiterate, splitSections, findAnchors, findMirrors } from './literate.js';
export { SymbolIndex, sourceUrl, lectureUrl } from './symbols.js';
export { checkLinks } from './linkcheck.js';
export type * from './playground/trace-protocol.js';
