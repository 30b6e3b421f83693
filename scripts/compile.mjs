// Compile the TypeScript sources to dist/ (one ESM bundle for the CLI and one for the
// render worker; node_modules stay external). The CLI then starts in plain Node without
// a TypeScript loader, and worker threads can load their entry directly.
import { build } from 'rolldown';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  input: { cli: 'src/cli.ts', 'render-worker': 'src/pipeline/render-worker.ts', bench: 'bench/run.ts' },
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  tsconfig: 'tsconfig.json',
  transform: { jsx: { runtime: 'automatic', development: false } },
  output: { dir: 'dist', format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', sourcemap: true },
  logLevel: 'warn',
});
