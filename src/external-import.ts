/**
 * `import()` of a package that stays in node_modules (sharp, pdfjs-dist, @napi-rs/canvas).
 * In the compiled CLI, scripts are loaded with a V8 code cache, and on Node 20 a script
 * restored from that cache can no longer run `import()` ("A dynamic import callback was
 * not specified"); the launcher (scripts/compile-cache.cjs) therefore provides an
 * importer compiled the ordinary way. Without the launcher (tests, vite-node) this is
 * a plain `import()`.
 */
type Importer = (specifier: string) => Promise<unknown>;

/**
 * Import a package that stays outside the bundle, through the launcher's importer when there is one.
 * @param specifier the package name (or a path inside it)
 */
export function importExternal<T>(specifier: string): Promise<T> {
  const viaLauncher = (globalThis as Record<symbol, Importer | undefined>)[Symbol.for('drukklaar.importExternal')];
  return (viaLauncher ? viaLauncher(specifier) : import(specifier)) as Promise<T>;
}
