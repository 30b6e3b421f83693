/**
 * Digests of the code and assets an output depends on, for the incremental cache:
 * a change to a layout rebuilds only the documents of its kind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeAtomic } from '../output/write-atomic.js';
import { fileIdentity } from '../source/file-identity.js';

function files(root: string, rel: string): string[] {
  const abs = resolve(root, rel);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? files(root, `${rel}/${d.name}`) : d.isFile() ? [`${rel}/${d.name}`] : []));
}

/**
 * File hashes by absolute path, each with the file's identity when hashed (size,
 * modification and change times, inode): a file is read again only when that identity
 * changed, as git's index does. One per build session (build-session.ts): `watch` and
 * `serve` keep theirs across rebuilds, and it is kept on disk for the next process.
 */
export class FileHashes {
  private hashed = new Map<string, { id: string; hash: string }>();
  private changed = false;
  private loadedFrom = new Set<string>();

  /**
   * Take the file hashes an earlier process kept (a one-document build still digests the
   * whole tool and project: ~3 MB of fonts, code and content), once per file.
   * Entries whose file changed since do not match its identity and are hashed again.
   * @param file the JSON file in the project's cache folder
   */
  load(file: string): void {
    if (this.loadedFrom.has(file)) return;
    this.loadedFrom.add(file);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: string; hash: string }>;
      for (const [abs, entry] of Object.entries(data)) {
        if (!this.hashed.has(abs) && typeof entry?.id === 'string' && typeof entry.hash === 'string') this.hashed.set(abs, entry);
      }
    } catch {
      // None yet, or damaged: everything is hashed.
    }
  }

  /** Keep these file hashes for the next process, when any was new. */
  save(file: string): void {
    if (!this.changed) return;
    try {
      writeAtomic(file, JSON.stringify(Object.fromEntries(this.hashed)));
      this.changed = false;
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  /** SHA-256 of a file, read again only when the file changed on disk. */
  of(abs: string): string {
    const id = fileIdentity(abs);
    const known = this.hashed.get(abs);
    if (known?.id === id) return known.hash;
    const hash = createHash('sha256').update(readFileSync(abs)).digest('hex');
    this.hashed.set(abs, { id, hash });
    this.changed = true;
    return hash;
  }

  /** Forget every hash (the next digest reads every file again). */
  reset(): void {
    this.hashed.clear();
    this.loadedFrom.clear();
    this.changed = false;
  }
}

/**
 * Hash the contents of files and folders (relative to root). Each file is hashed once
 * per instance, so the stamp and the plan of one build share the work, and read again
 * in a later build only when it changed on disk.
 */
export class CodeDigest {
  private perFile = new Map<string, string>();
  /**
   * @param root the folder the relative paths are under
   * @param hashes the session's file hashes
   */
  constructor(
    private root: string,
    private hashes: FileHashes,
  ) {}

  private file(f: string): string {
    let h = this.perFile.get(f);
    if (!h) {
      h = this.hashes.of(resolve(this.root, f));
      this.perFile.set(f, h);
    }
    return h;
  }

  /** One digest of these files and folders (relative to the root), with their paths. */
  of(rels: readonly string[]): string {
    const h = createHash('sha256');
    for (const f of rels.flatMap((r) => files(this.root, r))) h.update(f).update('\0').update(this.file(f));
    return h.digest('hex');
  }
}
