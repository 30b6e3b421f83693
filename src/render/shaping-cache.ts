/**
 * Remember text shaping across documents. react-pdf shapes every run of text with
 * fontkit's `font.layout()` (substitution and positioning lookups: the most expensive
 * step of a render), and a build prints the same paragraphs again and again: one
 * document for three brands, three variants, or a translation beside its Dutch source.
 * The result depends only on the font, the string, the features and the direction, so
 * it is cached per font. Callers get a fresh glyph array (textkit may splice it) and the
 * cached positions, which textkit only reads (it scales them into new objects).
 *
 * This is a wrapper, not a fork: the same memo could live in fontkit's layout engine.
 */

interface GlyphRunLike {
  glyphs: unknown[];
  positions: unknown[];
}
type Layout = (this: object, string: unknown, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRunLike;

const installed = Symbol.for('drukklaar.shapingCache');
const MAX_ENTRIES = 50_000;

export const shapingStats = { hits: 0, misses: 0 };

/** Patch the prototype of a fontkit font (once) so that `layout` of a string is memoised. */
export function installShapingCache(font: object): void {
  const proto = Object.getPrototypeOf(font) as { layout: Layout; [installed]?: boolean };
  if (proto[installed]) return;
  const original = proto.layout;
  const caches = new WeakMap<object, Map<string, GlyphRunLike>>();
  proto.layout = function (string, features, script, language, direction) {
    if (typeof string !== 'string') return original.call(this, string, features, script, language, direction);
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const key = `${direction ?? ''}\u0000${script ?? ''}\u0000${language ?? ''}\u0000${features ? JSON.stringify(features) : ''}\u0000${string}`;
    let run = cache.get(key);
    if (run) shapingStats.hits++;
    else {
      shapingStats.misses++;
      run = original.call(this, string, features, script, language, direction);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, run);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRunLike, run, { glyphs: run.glyphs.slice() });
  };
  proto[installed] = true;
}
