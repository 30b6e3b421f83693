/**
 * Merge the outputs of several shard builds (`build --shard k/n --out dir-k`) into one
 * output folder: copy each listed file and unite the manifests. Pure apart from the copy.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TOOL_VERSION } from '../pipeline/plan.js';
import { readManifest, writeManifest, type Manifest } from './manifest.js';
import { diag } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Unite manifests; for the same output the later manifest wins. Pure. */
export function uniteManifests(manifests: Manifest[]): Manifest {
  const outputs = Object.assign({}, ...manifests.map((m) => m.outputs)) as Manifest['outputs'];
  return { tool: 'drukklaar', version: TOOL_VERSION, outputs };
}

export interface MergeResult {
  merged: number;
  missing: string[];
  /** Why the folders are not the parts of one split; nothing was merged. */
  refused?: Diagnostic;
}

/**
 * Whether shard manifests are the parts of one split: the same n and basis (shard-split.ts),
 * each part once, none missing. Folders built without --shard are not checked. Pure.
 * @param parts each folder as named, with its manifest's shard record
 */
export function splitProblem(parts: { dir: string; shard?: Manifest['shard'] }[]): Diagnostic | undefined {
  const sharded = parts.filter((p): p is { dir: string; shard: NonNullable<Manifest['shard']> } => !!p.shard);
  if (!sharded.length) return undefined;
  const splits = [...new Set(sharded.map((p) => `${p.shard.n} parts, ${p.shard.split} times`))];
  if (splits.length > 1) return diag('ShardsMismatch', { reason: 'differentSplits', splits });
  const seen = new Map<number, string>();
  for (const { dir, shard } of sharded) {
    const other = seen.get(shard.k);
    if (other !== undefined) return diag('ShardsMismatch', { reason: 'partTwice', part: `${shard.k}/${shard.n}`, dirs: [other, dir] });
    seen.set(shard.k, dir);
  }
  const n = sharded[0]!.shard.n;
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  return missing.length ? diag('ShardsMismatch', { reason: 'partsMissing', n, missing }) : undefined;
}

/**
 * @param shardDirs output folders of the shards
 * @param outDir the folder to merge into
 * @param shown the folders as the user named them, for messages
 */
export function mergeShards(shardDirs: string[], outDir: string, shown = shardDirs): MergeResult {
  const missing: string[] = [];
  const read = shardDirs.map((dir) => ({ dir, manifest: readManifest(dir) }));
  const refused = splitProblem(read.map(({ manifest }, i) => ({ dir: shown[i] ?? shardDirs[i]!, ...(manifest?.shard ? { shard: manifest.shard } : {}) })));
  if (refused) return { merged: 0, missing, refused };
  const manifests: Manifest[] = [];
  for (const { dir, manifest: m } of read) {
    if (!m) {
      missing.push(`${dir}/manifest.json`);
      continue;
    }
    manifests.push(m);
    if (resolve(dir) === resolve(outDir)) continue;
    for (const [out, entry] of Object.entries(m.outputs)) {
      for (const file of [out, ...(entry.extras ?? []).map((x) => x.path)]) {
        const from = resolve(dir, file);
        if (!existsSync(from)) {
          missing.push(`${dir}/${file}`);
          continue;
        }
        mkdirSync(dirname(resolve(outDir, file)), { recursive: true });
        copyFileSync(from, resolve(outDir, file));
      }
    }
  }
  const existing = readManifest(outDir);
  const united = uniteManifests(existing ? [existing, ...manifests] : manifests);
  writeManifest(outDir, united);
  return { merged: Object.keys(united.outputs).length, missing };
}
