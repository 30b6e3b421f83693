/**
 * The shaping cache on disk: `.cache/shaping/<hash of the document>.json` holds the text
 * runs the last render of that document shaped (see shaping-cache.ts), so the next
 * process, a one-document build or the next build after a logo or colour change, starts
 * without shaping them again. One small file per document: a build reads only what it
 * prints. Entries are keyed by font file and digest, so a changed font never reuses them.
 * Safe to delete; a damaged file is ignored.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeAtomic } from '../output/write-atomic.js';
import { recordShaping, seedShaping, type StoredRuns } from './shaping-cache.js';
import { memo } from '../memos.js';

const VERSION = 1;
/** Per store file: the runs it held when this process read (or last wrote) it. */
const known = memo<string, StoredRuns>('render/shaping-store');

const fileFor = (dir: string, key: string) => resolve(dir, 'shaping', `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`);

function read(file: string): StoredRuns {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { v?: number; runs?: StoredRuns };
    return data.v === VERSION && data.runs && typeof data.runs === 'object' ? data.runs : {};
  } catch {
    return {};
  }
}

const covers = (have: StoredRuns, used: StoredRuns) => Object.entries(used).every(([face, byKey]) => Object.keys(byKey).every((k) => have[face]?.[k]));

/**
 * Shape `render` with the stored runs of `key` (a document), and store what it shaped
 * when the file did not hold all of it.
 * @param dir the project's cache folder; without it, nothing is read or written
 */
export async function withShapingStore<T>(dir: string | undefined, key: string | undefined, render: () => Promise<T>): Promise<T> {
  if (!dir || !key) return render();
  const file = fileFor(dir, key);
  let have = known.get(file);
  if (!have) {
    have = read(file);
    known.set(file, have);
    seedShaping(have);
  }
  const recording = recordShaping();
  let runs: StoredRuns;
  let result: T;
  try {
    result = await render();
  } finally {
    runs = recording.stop().runs;
  }
  if (!covers(have, runs)) {
    try {
      writeAtomic(file, JSON.stringify({ v: VERSION, runs }));
      known.set(file, runs);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
  return result;
}
