/**
 * Digests of the code and assets an output depends on, for the incremental cache:
 * a change to a layout rebuilds only the documents of its kind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

function files(root: string, rel: string): string[] {
  const abs = resolve(root, rel);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? files(root, `${rel}/${d.name}`) : d.isFile() ? [`${rel}/${d.name}`] : []));
}

/** Hash the contents of files and folders (relative to root), memoised per instance. */
export class CodeDigest {
  private memo = new Map<string, string>();
  constructor(private root: string) {}

  of(rels: readonly string[]): string {
    const key = rels.join('\0');
    const hit = this.memo.get(key);
    if (hit) return hit;
    const h = createHash('sha256');
    for (const f of rels.flatMap((r) => files(this.root, r))) h.update(f).update('\0').update(readFileSync(resolve(this.root, f)));
    const digest = h.digest('hex');
    this.memo.set(key, digest);
    return digest;
  }
}
