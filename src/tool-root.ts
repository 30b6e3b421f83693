/**
 * The folder drukklaar itself is installed in (not the content project): found by
 * walking up from this module to the package.json named "drukklaar".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder drukklaar is installed in (where its package.json is); found once, then kept. */
export function toolRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = resolve(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'drukklaar') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the drukklaar installation folder');
    dir = up;
  }
}
