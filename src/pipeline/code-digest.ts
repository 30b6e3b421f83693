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
 * File hashes of this process, by absolute path, with the file's identity when hashed
 * (size, modification and change times, inode). A long-running process (`watch`,
 * `serve`) reads a file again only when that identity changed, as git's index does.
 */
const hashed = new Map<string, { id: string; hash: string }>();

function hashOf(abs: string): string {
  const st = statSync(abs, { bigint: true });
  const id = `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
  const known = hashed.get(abs);
  if (known?.id === id) return known.hash;
  const hash = createHash('sha256').update(readFileSync(abs)).digest('hex');
  hashed.set(abs, { id, hash });
  return hash;
}

/**
 * Hash the contents of files and folders (relative to root). Each file is hashed once
 * per instance, so the stamp and the plan of one build share the work, and read again
 * in a later build only when it changed on disk.
 */
export class CodeDigest {
  private perFile = new Map<string, string>();
  constructor(private root: string) {}

  private file(f: string): string {
    let h = this.perFile.get(f);
    if (!h) {
      h = hashOf(resolve(this.root, f));
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
