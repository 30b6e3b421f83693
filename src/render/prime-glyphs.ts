/**
 * Work around a glyph cache shared by all documents of a process: fontkit keeps the
 * first Glyph object it makes for a glyph id, with the characters it was made for.
 * When a glyph is first met as a component of a decomposed letter (Noto Sans draws
 * Romanian "î" as dotless ı + circumflex), it is cached without its own character;
 * every later document then maps "ı" wrongly: wrong text extraction and, worse, line
 * breaks in the middle of words (seen: Turkish sheets built after Romanian ones).
 * Making every glyph of the character map once, from its own character, before any
 * layout, fixes the cache for the life of the process.
 */
import { Font } from '@react-pdf/renderer';
import { fontFaces } from './fonts.js';
import { installShapingCache } from './shaping-cache.js';

type FontkitFont = { characterSet: number[]; glyphsForString(s: string): unknown[] };
type Source = { load(): Promise<void>; data: FontkitFont | null };

let primed: Promise<void> | undefined;

/**
 * Characters to prime with. Presentation forms are left out: their glyphs (Arabic
 * initial/medial/final forms, Latin ligatures) must keep the characters that shaping
 * gives them, or the text layer would hold U+FExx forms instead of the letters.
 * The character set is ascending, so a glyph shared by several characters gets the
 * lowest (the ordinary one: "-" before U+2011).
 */
const primable = (c: number) => c > 0x1f && !(c >= 0xfb00 && c <= 0xfdff) && !(c >= 0xfe70 && c <= 0xfeff);

/** Load every bundled face and create each glyph from its own character (once per process). */
export function primeGlyphs(): Promise<void> {
  primed ??= (async () => {
    for (const face of fontFaces) {
      const source = (Font as unknown as { getFont(d: object): Source | undefined }).getFont({
        fontFamily: face.family,
        fontWeight: face.fontWeight === 'bold' ? 700 : 400,
        fontStyle: face.fontStyle ?? 'normal',
      });
      if (!source) continue;
      await source.load();
      const font = source.data;
      if (font?.characterSet) font.glyphsForString(String.fromCodePoint(...font.characterSet.filter(primable)));
      if (font) installShapingCache(font);
    }
  })();
  return primed;
}
