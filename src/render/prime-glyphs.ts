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
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fontFaces } from './fonts.js';
import { installShapingCache } from './shaping-cache.js';
import { installSubsetCache } from './subset-cache.js';
import { weakMemo } from '../memos.js';

type FontkitFont = { characterSet: number[]; glyphsForString(s: string): unknown[] };
type Source = { src: string; load(): Promise<void>; data: FontkitFont | null };

/** A face's file name and a digest of its bytes: stored shaping of another font never applies. */
const faceId = (src: string) => `${basename(src)}@${createHash('sha256').update(readFileSync(src)).digest('hex').slice(0, 16)}`;

/**
 * Faces primed so far, by react-pdf's source object of the face (which holds the fontkit
 * object this fixes): a face is primed before its first layout, once per loaded font.
 * registerFonts makes new source objects when another fonts folder is registered, and
 * those are primed again.
 */
const primed = weakMemo<Source, Promise<void>>('render/primed-glyphs');

/**
 * Characters to prime with. Presentation forms are left out: their glyphs (Arabic
 * initial/medial/final forms, Latin ligatures) must keep the characters that shaping
 * gives them, or the text layer would hold U+FExx forms instead of the letters.
 * The character set is ascending, so a glyph shared by several characters gets the
 * lowest (the ordinary one: "-" before U+2011).
 */
const primable = (c: number) => c > 0x1f && !(c >= 0xfb00 && c <= 0xfdff) && !(c >= 0xfe70 && c <= 0xfeff);

/**
 * Load the faces of these families and create each glyph from its own character, once
 * per process and before any layout with them. A render primes only the families of its
 * languages (a Dutch sheet does not pay for the Arabic and Ethiopic fonts); the text of
 * a render can only use those families, so a face is always primed before first use.
 */
export function primeGlyphs(families: Iterable<string>): Promise<void> {
  return Promise.all([...new Set(families)].map(primeFamily)).then(() => undefined);
}

async function primeFamily(family: string): Promise<void> {
  for (const face of fontFaces.filter((f) => f.family === family)) {
    const source = (Font as unknown as { getFont(d: object): Source | undefined }).getFont({
      fontFamily: face.family,
      fontWeight: face.fontWeight === 'bold' ? 700 : 400,
      fontStyle: face.fontStyle ?? 'normal',
    });
    if (source) await primeFace(source);
  }
}

/** Prime one registered face, once per loaded font. */
function primeFace(source: Source): Promise<void> {
  let done = primed.get(source);
  if (!done) {
    done = (async () => {
      await source.load();
      const font = source.data;
      if (font?.characterSet) font.glyphsForString(String.fromCodePoint(...font.characterSet.filter(primable)));
      if (font) {
        installShapingCache(font, faceId(source.src));
        installSubsetCache(font);
      }
    })();
    primed.set(source, done);
  }
  return done;
}
