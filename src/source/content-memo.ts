/**
 * Results of pure work on a file's bytes (modelling a document, checking a language
 * file), kept across the builds of one session so that `watch` and `serve` redo only the
 * files that changed. One entry per key, valid while the bytes' digest matches.
 */
import { createHash } from 'node:crypto';

/** A memo of results by key (a file's path) and the SHA-256 of its bytes. */
export class ContentMemo<T> {
  private entries = new Map<string, { hash: string; value: T }>();

  /**
   * The result for these bytes, made (and kept) when the key has none for them.
   * @param key what the bytes are (a path, with anything else the result depends on)
   * @param bytes the file's bytes
   * @param make computes the result; receives the bytes' SHA-256 (hex)
   */
  get(key: string, bytes: Uint8Array, make: (hash: string) => T): T {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const hit = this.entries.get(key);
    if (hit?.hash === hash) return hit.value;
    const value = make(hash);
    this.entries.set(key, { hash, value });
    return value;
  }

  /** Forget every result. */
  clear(): void {
    this.entries.clear();
  }
}
