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


/** Characters that are never drawn as glyphs: spaces, controls, format marks (ZWJ, ZWNJ, LRM...), variation selectors (the emoji style of ©️, which fontkit draws with no width). */
const invisible = /[\s\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

/** How many missing characters are located, each as an error of its own; the rest are counted. */
export const MAX_MISSING_SHOWN = 10;

/**
 * One error per character the fonts lack, at its first place: the first 10 in order of
 * appearance, the last of them counting the others.
 * @param fontsDir folder of the bundled fonts
 * @param language the language whose fonts print the text
 * @param samples the texts, with lines
 * @param file project-relative path for the diagnostic
 * @param sourceText the file's text, optional: each diagnostic then points at its character
 *   where it first stands (line and column), not at the start of the first line with it
 */
export function checkCoverage(fontsDir: string, language: Pick<Language, 'code' | 'script' | 'fonts'>, samples: readonly TextSample[], file: string, sourceText?: string): Diagnostic[] {
  const families = fontsOf(language);
  const faces = families.map((f) => openFont(regularFile(fontsDir, f)));
  const known = new Set<string>();
  /** Each missing character with the first line of a sample that has it. */
  const missing = new Map<string, number | undefined>();
  for (const { text, line } of samples) {
    for (const ch of text) {
      if (known.has(ch)) {
        if (missing.has(ch) && line !== undefined && (missing.get(ch) ?? Infinity) > line) missing.set(ch, line);
        continue;
      }
      known.add(ch);
      if (invisible.test(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0;
      if (!faces.some((f) => f.hasGlyphForCodePoint(cp))) missing.set(ch, line);
    }
  }
  const lineStarts = sourceText === undefined ? [] : lineOffsets(sourceText);
  // U+FFFD is in the fonts, and prints: a lost character (a bad conversion, `&#127;` in Markdown) shown as �.
  const lost = samples.find((s) => s.text.includes(REPLACEMENT));
  const replaced = lost ? [replacementAt(lost, file, sourceText, lineStarts)] : [];
  missing.delete(REPLACEMENT);
  if (!missing.size) return replaced;
  const placed = [...missing].map(([ch, line]) => ({ ch, line, at: sourceText === undefined ? undefined : placeOf(sourceText, lineStarts, ch, line) }));
  // In the order a reader meets them: by place in the file, those without one last.
  const order = (p: (typeof placed)[number]) => (p.at ? p.at.line * 1e7 + p.at.column : (p.line ?? 1e7) * 1e7);
  placed.sort((a, b) => order(a) - order(b));
  const shown = placed.slice(0, MAX_MISSING_SHOWN);
  return [...replaced, ...shown.map(({ ch, line, at }, i) => {
    const span = at ? { start: at, end: { line: at.line, column: at.column + ch.length } } : line ? { start: { line, column: 1 } } : undefined;
    const more = i === shown.length - 1 ? placed.length - shown.length : 0;
    return diag('GlyphMissing', { lang: language.code, fonts: families.join(', '), chars: `"${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`, ...(more ? { more } : {}) }, { file, ...(span ? { span } : {}) });
  })];
}

const REPLACEMENT = '\ufffd';

/** The error for a replacement character: where it stands in the file, else at the line of its text. */
function replacementAt(sample: TextSample, file: string, sourceText: string | undefined, lineStarts: readonly number[]): Diagnostic {
  const at = sourceText === undefined ? undefined : placeOf(sourceText, lineStarts, REPLACEMENT, sample.line);
  const start = at ?? (sample.line ? { line: sample.line, column: 1 } : undefined);
  return diag('ReplacementCharacter', {}, { file, ...(start ? { span: { start } } : {}) });
}

/** Offset of the start of each line of a text. */
function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Line and column (1-based) of a character in a file's text: its first place from the start
 * of the line of the first text that prints it (so not in a comment above), else anywhere.
 */
function placeOf(text: string, lineStarts: readonly number[], ch: string, line: number | undefined): { line: number; column: number } | undefined {
  let index = text.indexOf(ch, line ? (lineStarts[line - 1] ?? 0) : 0);
  if (index < 0) index = text.indexOf(ch);
  if (index < 0) return undefined;
  let l = 0;
  while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= index) l++;
  return { line: l + 1, column: index - lineStarts[l]! + 1 };
}
