/**
 * Check, before rendering, that every character of a document is in its fonts, so
 * that no page ever shows empty boxes or falls back to a font that is not embedded.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { Language } from '../languages/language.js';
import { fontsOf, regularFile } from './fonts.js';
import { openFont } from './open-font.js';

/** A piece of text that will be printed, with where it comes from. */
export interface TextSample {
  text: string;
  line?: number;
}


/** Characters that are never drawn as glyphs: spaces, controls, format marks (ZWJ, ZWNJ, LRM...). */
const invisible = /[\s\p{Cc}\p{Cf}]/u;

/**
 * @param fontsDir folder of the bundled fonts
 * @param language the language whose fonts print the text
 * @param samples the texts, with lines
 * @param file project-relative path for the diagnostic
 * @param sourceText the file's text, optional: the diagnostic then points at the first missing
 *   character where it stands (line and column), not at the start of the first line with one
 */
export function checkCoverage(fontsDir: string, language: Pick<Language, 'code' | 'script' | 'fonts'>, samples: readonly TextSample[], file: string, sourceText?: string): Diagnostic[] {
  const families = fontsOf(language);
  const faces = families.map((f) => openFont(regularFile(fontsDir, f)));
  const missing = new Map<string, number | undefined>();
  for (const { text, line } of samples) {
    for (const ch of text) {
      if (invisible.test(ch) || missing.has(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      if (!faces.some((f) => f.hasGlyphForCodePoint(cp))) missing.set(ch, line);
    }
  }
  if (!missing.size) return [];
  const chars = [...missing.keys()]
    .map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  const line = [...missing.values()].find((l) => l !== undefined);
  const at = sourceText === undefined ? undefined : firstPlace(sourceText, [...missing.keys()]);
  const span = at ? { start: at, end: { line: at.line, column: at.column + at.length } } : line ? { start: { line, column: 1 } } : undefined;
  return [diag('GlyphMissing', { lang: language.code, fonts: families.join(', '), chars }, { file, ...(span ? { span } : {}) })];
}

/** Line and column (1-based) of the first of these characters in a file's text, and its length. */
function firstPlace(text: string, chars: readonly string[]): { line: number; column: number; length: number } | undefined {
  const found = chars.map((c) => ({ c, index: text.indexOf(c) })).filter((f) => f.index >= 0);
  if (!found.length) return undefined;
  const first = found.reduce((a, b) => (b.index < a.index ? b : a));
  const before = text.slice(0, first.index);
  const line = before.split('\n').length;
  return { line, column: first.index - before.lastIndexOf('\n'), length: first.c.length };
}
