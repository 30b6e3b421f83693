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

/**
 * Hash the contents of files and folders (relative to root). Each file is read and hashed
 * once per instance, so the stamp and the plan of one build share the work.
 */
export class CodeDigest {
  private perFile = new Map<string, string>();
  constructor(private root: string) {}

  private file(f: string): string {
    let h = this.perFile.get(f);
    if (!h) {
      h = createHash('sha256').update(readFileSync(resolve(this.root, f))).digest('hex');
      this.perFile.set(f, h);
    }
    return h;
  }

  of(rels: readonly string[]): string {
    const h = createHash('sha256');
    for (const f of rels.flatMap((r) => files(this.root, r))) h.update(f).update('\0').update(this.file(f));
    return h.digest('hex');
  }
}
