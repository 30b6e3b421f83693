/**
 * Remember text shaping across documents and across runs. react-pdf shapes every run of
 * text with fontkit's `font.layout()` (substitution and positioning lookups: the most
 * expensive step of a render, and in a fresh process the slowest, as fontkit first
 * decodes the font's GSUB and GPOS tables), and a build prints the same paragraphs again
 * and again: one document for three brands, three variants, a translation beside its
 * Dutch source, and the same document in the next build after a logo changed.
 * The result depends only on the font, the string, the features and the direction.
 *
 * In memory, results are cached per font object. Callers get a fresh glyph array
 * (textkit may splice it) and the cached positions, which textkit only reads (it scales
 * them into new objects). Across runs, a render can record the runs it shaped as plain
 * data (glyph ids, their characters, positions; `StoredRun`), and a later process seeds
 * the cache with them (shaping-store.ts reads and writes the files). A stored run is
 * turned back into glyphs with `font.getGlyph(id, codePoints)`, which is what fontkit's
 * own layout does, so the PDF is the same byte for byte.
 *
 * This is a wrapper, not a fork: the same memo could live in fontkit's layout engine.
 */
import { memo, weakMemo } from '../memos.js';

interface GlyphLike {
  id: number;
  codePoints: number[];
}
interface PositionLike {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface GlyphRunLike {
  glyphs: GlyphLike[];
  positions: PositionLike[];
}
interface FontLike {
  getGlyph(id: number, codePoints?: number[]): GlyphLike;
}
type Layout = (this: FontLike, string: unknown, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRunLike;

/** A shaped run as plain data: glyph ids, each glyph's characters, positions (4 numbers per glyph). */
export interface StoredRun {
  g: number[];
  c: number[][];
  p: number[];
}
/** Stored runs by face id (font file and digest), then by shaping key. */
export type StoredRuns = Record<string, Record<string, StoredRun>>;

interface Entry {
  run: GlyphRunLike;
  stored?: StoredRun;
}

const installed = Symbol.for('drukklaar.shapingCache');
const MAX_ENTRIES = 50_000;

export const shapingStats = { hits: 0, misses: 0, restored: 0 };

const faceIds = weakMemo<object, string>('render/face-ids');
const memory = weakMemo<object, Map<string, Entry>>('render/shaped-runs');
/** Runs read from earlier builds, not yet asked for in this process. */
const seeded = memo<string, Map<string, StoredRun>>('render/seeded-runs');
/** Recordings in progress (one per render in this thread). */
const recorders = new Set<Recording>();

/** What one render shaped: every run it asked for. */
export interface Recording {
  runs: StoredRuns;
}

const toStored = (run: GlyphRunLike): StoredRun => ({
  g: run.glyphs.map((g) => g.id),
  c: run.glyphs.map((g) => g.codePoints),
  p: run.positions.flatMap((q) => [q.xAdvance, q.yAdvance, q.xOffset, q.yOffset]),
});

function fromStored(font: FontLike, s: StoredRun): GlyphRunLike {
  const glyphs = s.g.map((id, i) => font.getGlyph(id, s.c[i]));
  const positions: PositionLike[] = [];
  for (let i = 0; i < s.g.length; i++) positions.push({ xAdvance: s.p[4 * i]!, yAdvance: s.p[4 * i + 1]!, xOffset: s.p[4 * i + 2]!, yOffset: s.p[4 * i + 3]! });
  return { glyphs, positions };
}

/**
 * Patch the prototype of a fontkit font (once) so that `layout` of a string is memoised,
 * and name this font's face, so its runs can be stored and restored across runs.
 * @param faceId the font file and a digest of its bytes: stored runs of another file never apply
 */
export function installShapingCache(font: object, faceId: string): void {
  faceIds.set(font, faceId);
  const proto = Object.getPrototypeOf(font) as { layout: Layout; [installed]?: boolean };
  if (proto[installed]) return;
  const original = proto.layout;
  proto.layout = function (string, features, script, language, direction) {
    if (typeof string !== 'string') return original.call(this, string, features, script, language, direction);
    let cache = memory.get(this);
    if (!cache) memory.set(this, (cache = new Map()));
    const key = `${direction ?? ''}\u0000${script ?? ''}\u0000${language ?? ''}\u0000${features ? JSON.stringify(features) : ''}\u0000${string}`;
    const face = faceIds.get(this);
    let entry = cache.get(key);
    if (entry) shapingStats.hits++;
    else {
      const stored = face ? seeded.get(face)?.get(key) : undefined;
      if (stored) {
        shapingStats.restored++;
        entry = { run: fromStored(this, stored), stored };
      } else {
        shapingStats.misses++;
        entry = { run: original.call(this, string, features, script, language, direction) };
      }
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, entry);
    }
    if (face && recorders.size) {
      entry.stored ??= toStored(entry.run);
      for (const r of recorders) (r.runs[face] ??= {})[key] = entry.stored;
    }
    const run = entry.run;
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRunLike, run, { glyphs: run.glyphs.slice() });
  };
  proto[installed] = true;
}

/** Offer runs stored by an earlier build; they are used when the same run is shaped again. */
export function seedShaping(runs: StoredRuns): void {
  for (const [face, byKey] of Object.entries(runs)) {
    let m = seeded.get(face);
    if (!m) seeded.set(face, (m = new Map()));
    for (const [key, run] of Object.entries(byKey)) if (!m.has(key)) m.set(key, run);
  }
}

/** Record the runs shaped until `stop()` (a render's runs, to store for the next build). */
export function recordShaping(): { stop(): Recording } {
  const r: Recording = { runs: {} };
  recorders.add(r);
  return {
    stop() {
      recorders.delete(r);
      return r;
    },
  };
}
