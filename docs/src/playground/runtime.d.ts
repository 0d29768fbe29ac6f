// The virtual module the playground bundler generates: one namespace per interpreter module
// that exists when the site is built (interpreter, parser, astdump, dis, lectures ...).
declare module 'ceval:runtime' {
  const modules: Record<string, Record<string, unknown>>;
  export = modules;
}
