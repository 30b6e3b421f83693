// V8 code cache for the compiled CLI (copied to dist/ by compile.mjs).
//
// Node 20 compiles every script from source at each start; for drukklaar that is about
// 5 MB of bundled JavaScript (react-pdf, fontkit, yoga, zod, remark...). Node 22 has
// module.enableCompileCache() for this; on Node 20 we do the same for our own bundle:
// each dist/ chunk is compiled with the bytecode V8 produced for it in an earlier run,
// and at exit the bytecode of chunks that had none (including the functions compiled
// lazily during the run, so the first render is covered too) is saved.
//
// On Node 20 a script restored from a code cache cannot run `import()` (its dynamic
// import callback is lost: "A dynamic import callback was not specified"), even with
// `importModuleDynamically`. So the bundle holds no `import()` (compile.mjs checks),
// and its lazy imports of packages left in node_modules (sharp, pdfjs-dist,
// @napi-rs/canvas) go through the importer below, which Node compiles the ordinary way
// (src/external-import.ts). The v8-compile-cache package has the same `import()`
// failure and caches all of node_modules in the system temp folder, hence this file.
//
// The cache lives in <tool>/.cache/v8/<arch>-<v8 version>/, one file per chunk keyed by
// a hash of its source; it is safe to delete, and a cache V8 rejects is replaced.
// DRUKKLAAR_NO_COMPILE_CACHE=1 turns it off.
'use strict';
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');

/** @param {string} distDir absolute path of dist/, with a trailing separator */
exports.install = function install(distDir) {
  globalThis[Symbol.for('drukklaar.importExternal')] = (specifier) => import(specifier);
  if (process.env.DRUKKLAAR_NO_COMPILE_CACHE) return;
  const cacheDir = path.join(distDir, '..', '.cache', 'v8', `${process.arch}-${process.versions.v8}`);
  /** @type {{ script: import('node:vm').Script, file: string }[]} */
  const toSave = [];
  const original = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename) {
    if (!filename.startsWith(distDir)) return original.call(this, content, filename);
    const file = path.join(cacheDir, `${createHash('sha256').update(content).digest('hex').slice(0, 24)}.bin`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(file);
    } catch {}
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) toSave.push({ script, file });
    const mod = this;
    const req = (id) => mod.require(id);
    req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
    req.main = require.main;
    req.cache = Module._cache;
    return script.runInThisContext({ displayErrors: true }).call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
  };
  process.once('exit', () => {
    for (const { script, file } of toSave) {
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, file);
      } catch {
        // A read-only install just starts without the cache.
      }
    }
  });
};
