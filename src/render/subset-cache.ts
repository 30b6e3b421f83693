/**
 * Remember font subsets. Every PDF embeds a subset of each font it uses, made by
 * fontkit's `font.createSubset()`, then `includeGlyph()` per glyph and `encode()` at the
 * end (pdfkit's EmbeddedFont). Encoding copies and rewrites the glyph outlines, and is
 * one of the costliest steps of a small PDF; a build encodes the same subset again and
 * again (one document for three brands, its variants, a warm `watch`). The bytes depend
 * only on the font and the glyphs included, in order, so they are cached per font.
 *
 * A wrapper, not a fork: the same memo could live in fontkit's Subset.encode().
 */
import { weakMemo } from '../memos.js';

interface SubsetLike {
  glyphs: number[];
  encode(): Uint8Array;
}
type CreateSubset = (this: object) => SubsetLike;

const installed = Symbol.for('drukklaar.subsetCache');
/** Per font: subsets by their glyph list. Small (a few kB to 100 kB each), and few per font. */
const MAX_PER_FONT = 200;
const subsets = weakMemo<object, Map<string, Uint8Array>>('render/subsets');

export const subsetStats = { hits: 0, misses: 0 };

/** Patch the prototype of a fontkit font (once) so that encoding a subset is memoised. */
export function installSubsetCache(font: object): void {
  const proto = Object.getPrototypeOf(font) as { createSubset: CreateSubset; [installed]?: boolean };
  if (proto[installed] || typeof proto.createSubset !== 'function') return;
  const original = proto.createSubset;
  proto.createSubset = function () {
    const subset = original.call(this);
    const encode = subset.encode;
    const owner = this;
    subset.encode = function () {
      let cache = subsets.get(owner);
      if (!cache) subsets.set(owner, (cache = new Map()));
      const key = this.glyphs.join(',');
      let bytes = cache.get(key);
      if (bytes) subsetStats.hits++;
      else {
        subsetStats.misses++;
        bytes = encode.call(this);
        if (cache.size >= MAX_PER_FONT) cache.clear();
        cache.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
  proto[installed] = true;
}
