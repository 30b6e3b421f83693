// Compile the TypeScript sources to dist/, run by `npm install` (prepare) and the npm
// scripts. The CLI then starts in plain Node without a TypeScript loader, and worker
// threads can load their entry directly.
//
// Start-up is most of a one-document build, so the CLI and the render worker are
// bundled *with* their dependencies into CommonJS chunks: one file read instead of
// hundreds of module resolutions, and V8 can reuse their bytecode across runs
// (compile-cache.cjs). dist/cli.mjs and dist/render-worker.mjs are small launchers
// that install that cache and load the bundle. Native and browser-sized packages stay
// external and load lazily from node_modules when a command needs them.
import { build } from 'rolldown';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);

/**
 * Everything a compile reads from this repository (its sources, the build settings, the
 * locked dependencies and their patches). When none of it changed since the last compile
 * (dist/.compile-stamp), there is nothing to do: `npm run drukklaar -- check` and the other
 * npm scripts would otherwise spend seconds compiling before every command.
 */
const COMPILE_INPUTS = ['src', 'layouts', 'bench', 'scripts', 'tsconfig.json', 'package.json', 'package-lock.json', 'patches'];
function inputsDigest() {
  const hash = createHash('sha256');
  const add = (rel) => {
    const url = new URL(`../${rel}`, import.meta.url);
    if (!existsSync(url)) return;
    if (statSync(url).isDirectory()) {
      for (const name of readdirSync(url).sort()) add(`${rel}/${name}`);
      return;
    }
    hash.update(`${rel}\0`).update(readFileSync(url)).update('\0');
  };
  for (const rel of COMPILE_INPUTS) add(rel);
  return hash.digest('hex');
}
const stampFile = new URL('.compile-stamp', dist);
const digest = inputsDigest();
const compiled = ['cli.mjs', 'cli.cjs', 'render-worker.mjs', 'module-graph.json', 'bench.mjs'].every((f) => existsSync(new URL(f, dist)));
if (!process.env.DRUKKLAAR_COMPILE_ALWAYS && compiled && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) process.exit(0);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/** Loaded from node_modules at run time: native code, or large and only sometimes needed. */
const runtimeOnly = ['sharp', '@napi-rs/canvas', 'pdfjs-dist', 'playwright-core', '@myriaddreamin/typst-ts-node-compiler'];
const isRuntimeOnly = (id) => id.startsWith('node:') || runtimeOnly.some((p) => id === p || id.startsWith(`${p}/`));

/**
 * Small patches to bundled dependencies, applied as the bundle is made (node_modules is
 * never edited). Each must find its text, or the compile fails: a new version of the
 * dependency needs a look.
 */
const patches = [
  {
    // pdfkit finds its standard fonts through its own package.json "imports" at run time;
    // from the bundle, ask for the package's public export instead.
    id: /node_modules\/pdfkit\//,
    from: "'#standard-fonts/",
    to: "'pdfkit/standard-fonts/",
  },
  {
    // unicode-trie inflates its table in the constructor, and fontkit and linebreak make
    // five tries as they load: three for scripts (Indic, USE, Arabic joining) that a Dutch
    // sheet never shapes. Inflate a trie on its first lookup instead (all callers only
    // call get()). Saves ~50 ms of every start and every worker.
    id: /node_modules\/unicode-trie\/index\.js$/,
    from: 'module.exports = UnicodeTrie;',
    to: 'module.exports = class LazyUnicodeTrie {\n  constructor(data) { this.source = data; this.trie = undefined; }\n  get(codePoint) { return (this.trie ??= new UnicodeTrie(this.source)).get(codePoint); }\n};',
  },
  {
    // react-pdf builds an English hyphenator as it loads (~35 ms); drukklaar hyphenates
    // with each language's patterns (src/render/hyphenation.ts), so build it if ever used.
    id: /node_modules\/@react-pdf\/hyphenate\/lib\/en-us\.js$/,
    from: 'const { hyphenate, syllables } = createHyphenator(patterns);',
    to: 'let english;\nconst hyphenate = (word) => (english ??= createHyphenator(patterns)).hyphenate(word);\nconst syllables = (word) => (english ??= createHyphenator(patterns)).syllables(word);',
  },
  {
    // yoga's wasm is inlined as a data: URL, which its loader fetches with fetch() when
    // fetch exists: Node's fetch (undici) then loads just to decode base64 (~80 ms of the
    // first render). Decode data: URLs directly, as its instantiate path already does.
    id: /node_modules\/yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/,
    from: 'function ya(){return w||"function"!=typeof fetch?',
    to: 'function ya(){return w||ua(H)||"function"!=typeof fetch?',
  },
];
const applied = new Set();
const patchDependencies = {
  name: 'patch-dependencies',
  transform(code, id) {
    let out = code;
    for (const p of patches) {
      if (!p.id.test(id.replaceAll('\\', '/')) || !out.includes(p.from)) continue;
      out = out.replaceAll(p.from, p.to);
      applied.add(p);
    }
    return out === code ? undefined : out;
  },
  buildEnd() {
    const missed = patches.filter((p) => !applied.has(p));
    if (missed.length) throw new Error(`patches that found nothing to patch: ${missed.map((p) => p.id).join(', ')}`);
  },
};

/**
 * The module graph of drukklaar's own code, as the bundler saw it: for each module of this
 * repository (src/, layouts/), the repository modules it imports (statically or lazily),
 * and for each output chunk its modules. Written to dist/module-graph.json; the output
 * digests (src/pipeline/code-graph.ts) hash the modules a kind's outputs execute, so that
 * no hand-kept list of folders can go stale.
 */
const repo = new URL('..', import.meta.url).pathname;
const own = (id) => id.startsWith(repo) && !id.includes('/node_modules/');
const relative = (id) => id.slice(repo.length);
const recordModuleGraph = {
  name: 'record-module-graph',
  generateBundle(_options, bundle) {
    const modules = {};
    for (const id of [...this.getModuleIds()].filter(own).sort()) {
      const info = this.getModuleInfo(id);
      if (!info) continue;
      modules[relative(id)] = [...new Set([...info.importedIds, ...info.dynamicallyImportedIds].filter(own).map(relative))].sort();
    }
    const chunks = {};
    for (const [file, chunk] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
      if (chunk.type === 'chunk') chunks[file] = chunk.moduleIds.filter(own).map(relative).sort();
    }
    writeFileSync(new URL('module-graph.json', dist), JSON.stringify({ modules, chunks }, null, 1) + '\n');
  },
};

const common = {
  platform: 'node',
  tsconfig: 'tsconfig.json',
  logLevel: 'warn',
  // gray-matter's JavaScript engine uses eval; drukklaar replaces every engine of it
  // with one that refuses (src/source/front-matter.ts), so the warning is noise.
  // The patches above leave the dependencies' source maps a few characters off.
  onLog: (level, log, handler) =>
    (log.code === 'EVAL' && log.id?.includes('gray-matter')) || (log.code === 'SOURCEMAP_BROKEN' && log.plugin === 'patch-dependencies') ? undefined : handler(level, log),
};

await build({
  ...common,
  input: { cli: 'src/cli.ts', 'render-worker': 'src/pipeline/render-worker.ts' },
  external: isRuntimeOnly,
  transform: { jsx: { runtime: 'automatic', development: false }, define: { 'process.env.NODE_ENV': '"production"' } },
  plugins: [patchDependencies, recordModuleGraph],
  output: { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', sourcemap: true },
});

// The benchmark drives peers and the pipeline in one process; it keeps node_modules external.
await build({
  ...common,
  input: { bench: 'bench/run.ts' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  transform: { jsx: { runtime: 'automatic', development: false } },
  output: { dir: 'dist', format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'bench-chunks/[name]-[hash].mjs', sourcemap: true },
});

// A script restored from the code cache cannot run import() on Node 20 (compile-cache.cjs):
// every lazy import of a package left in node_modules must go through importExternal.
for (const file of readdirSync(dist, { recursive: true })) {
  if (!String(file).endsWith('.cjs')) continue;
  const code = readFileSync(new URL(String(file), dist), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = /(?<![\w$.])import\((?!specifier\))[^)]{0,80}\)/.exec(code);
  if (found) throw new Error(`dist/${file} calls ${found[0]}: use importExternal() from src/external-import.ts`);
}

copyFileSync(new URL('compile-cache.cjs', import.meta.url), new URL('compile-cache.cjs', dist));
const launcher = (entry) => `// Generated by scripts/compile.mjs: load ${entry} with the V8 code cache.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
require('./compile-cache.cjs').install(fileURLToPath(new URL('.', import.meta.url)));
require('./${entry}');
`;
writeFileSync(new URL('cli.mjs', dist), launcher('cli.cjs'));
writeFileSync(new URL('render-worker.mjs', dist), launcher('render-worker.cjs'));
// Last: a compile stopped half-way leaves no stamp, so the next one starts again.
writeFileSync(stampFile, digest);
