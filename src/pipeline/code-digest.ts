/**
 * Digests of the code and assets an output depends on, for the incremental cache:
 * a change to a layout rebuilds only the documents of its kind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeAtomic } from '../output/write-atomic.js';

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
let changed = false;
const loadedFrom = new Set<string>();

/**
 * Take the file hashes an earlier process kept (a one-document build still digests the
 * whole tool and project: ~3 MB of fonts, code and content), once per file and process.
 * Entries whose file changed since do not match its identity and are hashed again.
 */
export function loadFileHashes(file: string): void {
  if (loadedFrom.has(file)) return;
  loadedFrom.add(file);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: string; hash: string }>;
    for (const [abs, entry] of Object.entries(data)) {
      if (!hashed.has(abs) && typeof entry?.id === 'string' && typeof entry.hash === 'string') hashed.set(abs, entry);
    }
  } catch {
    // None yet, or damaged: everything is hashed.
  }
}

/** Keep this process's file hashes for the next one, when any was new. */
export function saveFileHashes(file: string): void {
  if (!changed) return;
  try {
    writeAtomic(file, JSON.stringify(Object.fromEntries(hashed)));
    changed = false;
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** SHA-256 of a file, read again only when the file changed on disk (shared by every digest). */
export function fileHash(abs: string): string {
  const st = statSync(abs, { bigint: true });
  const id = `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
  const known = hashed.get(abs);
  if (known?.id === id) return known.hash;
  const hash = createHash('sha256').update(readFileSync(abs)).digest('hex');
  hashed.set(abs, { id, hash });
  changed = true;
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
      h = fileHash(resolve(this.root, f));
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
