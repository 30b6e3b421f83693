/**
 * The render times an earlier build measured, for `build --shard k/n --costs <manifest>`:
 * every output's `ms` from a manifest.json (or the folder that holds one). Every shard of a
 * split reads the same file, so their digest is recorded with each part (manifest `shard`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diag } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MANIFEST } from './manifest.js';
import type { Shard } from '../pipeline/shard-split.js';

/**
 * Read the render times of a manifest.
 * @param path a manifest.json, or the output folder that holds it
 * @param shown the path as the user typed it, for messages
 */
export function readShardCosts(path: string, shown = path): NonNullable<Shard['costs']> | Diagnostic {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, MANIFEST) : path;
  if (!existsSync(file)) return diag('AssetMissing', { what: 'the manifest with render times', path: shown, asset: 'shardCosts' });
  let outputs: unknown;
  try {
    outputs = (JSON.parse(readFileSync(file, 'utf8')) as { outputs?: unknown })?.outputs;
  } catch (e) {
    return diag('ShardCostsUnreadable', { path: shown, found: `not JSON: ${(e as Error).message}` });
  }
  if (!outputs || typeof outputs !== 'object' || Array.isArray(outputs)) return diag('ShardCostsUnreadable', { path: shown, found: 'it has no `outputs`' });
  const ms: Record<string, number> = {};
  for (const [out, entry] of Object.entries(outputs as Record<string, { ms?: unknown }>)) {
    const t = entry?.ms;
    if (typeof t === 'number' && Number.isFinite(t) && t > 0) ms[out] = t;
  }
  if (!Object.keys(ms).length) return diag('ShardCostsUnreadable', { path: shown, found: 'no output in it has a render time' });
  const sorted = Object.fromEntries(Object.entries(ms).sort(([a], [b]) => a.localeCompare(b)));
  return { digest: createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 12), ms: sorted };
}
