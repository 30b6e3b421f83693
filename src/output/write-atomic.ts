/**
 * Write a file so that readers only ever see the old or the new content, never a
 * truncated one: write a temporary file beside it, flush it, then rename.
 */
import { mkdirSync, openSync, closeSync, writeSync, fsyncSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Write a file whole or not at all (see above).
 * @param path the file to write; its folder is made when missing
 * @param data the new content
 */
export function writeAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
