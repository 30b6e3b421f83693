/**
 * Merge the outputs of several shard builds (`build --shard k/n --out dir-k`) into one
 * output folder: copy each listed file and unite the manifests. Pure apart from the copy.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TOOL_VERSION } from '../pipeline/plan.js';
import { readManifest, writeManifest, type Manifest } from './manifest.js';

/** Unite manifests; for the same output the later manifest wins. Pure. */
export function uniteManifests(manifests: Manifest[]): Manifest {
  const outputs = Object.assign({}, ...manifests.map((m) => m.outputs)) as Manifest['outputs'];
  return { tool: 'drukklaar', version: TOOL_VERSION, outputs };
}

export interface MergeResult {
  merged: number;
  missing: string[];
}

/**
 * @param shardDirs output folders of the shards
 * @param outDir the folder to merge into
 */
export function mergeShards(shardDirs: string[], outDir: string): MergeResult {
  const missing: string[] = [];
  const manifests: Manifest[] = [];
  for (const dir of shardDirs) {
    const m = readManifest(dir);
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
