/**
 * The one keying rule of drukklaar's caches of files.
 */
import { statSync } from 'node:fs';

/**
 * The identity of a file on disk (size, modification and change times, inode), as git's
 * index keys a file: a cache entry (a file's hash, a parsed pictogram) is kept under the
 * file's absolute path with this identity, and is stale when the identity differs.
 * Throws when the file cannot be read.
 * @param abs absolute path of the file
 */
export function fileIdentity(abs: string): string {
  const st = statSync(abs, { bigint: true });
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}
