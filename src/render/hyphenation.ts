/**
 * Hyphenation per language with TeX patterns from the `hyphen` package, in the shape
 * react-pdf wants: a word split into the parts where the line may break. textkit (patched,
 * see patches/) draws a hyphen only after a part that ends in a letter.
 *
 * Web and e-mail addresses, phone numbers, dates, times, amounts and codes are never
 * hyphenated: a parent would type or dial the hyphen. An address may break before a
 * `/`, `.`, `-` or `@` it already has (and after `https://`), with nothing added; a number
 * never breaks.
 * Right-to-left scripts (Arabic, Farsi, ...) have no patterns: they are not hyphenated.
 * A word with a part too long for any line breaks anywhere (`LONGEST_UNBROKEN`).
 */
import { createRequire } from 'node:module';
import { findWholeTokens, type WholeToken } from '../text/whole-tokens.js';
import { memo } from '../memos.js';

export type HyphenationCallback = (word: string) => string[];

const require = createRequire(import.meta.url);
const cache = memo<string, HyphenationCallback>('render/hyphenation');

/** Pattern modules of the `hyphen` package per language code. */
const patternModules: Record<string, string> = {
  nl: 'hyphen/nl',
  fr: 'hyphen/fr',
  en: 'hyphen/en-gb',
  tr: 'hyphen/tr',
  pl: 'hyphen/pl',
  ro: 'hyphen/ro',
  uk: 'hyphen/uk',
  bg: 'hyphen/bg',
  ru: 'hyphen/ru',
  de: 'hyphen/de',
  es: 'hyphen/es',
  it: 'hyphen/it',
};

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters of an address before which a line may break. */
const ADDRESS_BREAK = /[/.\-@?&=#_~]/;

/**
 * A word that holds whole tokens, split only inside its addresses, where the Chicago Manual
 * of Style breaks them: after the `//` of `https://`, and before a `/`, `.`, `-`, `@`, `?`,
 * `&`, `=`, `#`, `_` or `~`, so the mark starts the next line. A line that ended in `de-` or
 * `regenboog.` read as a hyphenated word or the end of a sentence, and was typed without it.
 * Never before the first or last character of the address, nor inside a run of marks.
 */
function splitAtAddresses(word: string, tokens: WholeToken[]): string[] {
  const cuts: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'number' || t.kind === 'iban') continue;
    for (let i = t.start + 1; i < t.end - 1; i++) {
      const mark = ADDRESS_BREAK.test(word[i]!);
      if (word.startsWith('//', i - 2) && !ADDRESS_BREAK.test(word[i]!)) cuts.push(i);
      else if (mark && !ADDRESS_BREAK.test(word[i - 1]!) && word[i - 1] !== ':') cuts.push(i);
    }
  }
  if (cuts.length === 0) return [word];
  const parts: string[] = [];
  let at = 0;
  for (const c of cuts) {
    parts.push(word.slice(at, c));
    at = c;
  }
  parts.push(word.slice(at));
  return parts;
}

/**
 * A part of a hyphenated word longer than this many characters (a pasted hash, a row of
 * letters: no word of a language with patterns keeps a part this long) may break after any
 * character, as a browser's `overflow-wrap: anywhere`, instead of running off the page
 * where nobody sees it.
 */
export const LONGEST_UNBROKEN = 30;
/** The same for text that is not hyphenated (titles, labels): longer than any real word. */
export const LONGEST_WHOLE_WORD = 50;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The parts, each one longer than `longest` cut after every character (grapheme). */
function breakOverlong(parts: string[], longest = LONGEST_UNBROKEN): string[] {
  if (parts.every((p) => p.length <= longest)) return parts;
  return parts.flatMap((p) => (p.length <= longest ? [p] : [...graphemes.segment(p)].map((g) => g.segment)));
}

/**
 * The callback for text that is not hyphenated (titles, labels): whole words, unless longer
 * than any line: then an address breaks at its marks, and any part still too long anywhere.
 */
export const wholeWords: HyphenationCallback = (word) => {
  if (word.length <= LONGEST_WHOLE_WORD) return [word];
  const tokens = findWholeTokens(word.replace(BIDI_MARKS, ' '));
  return breakOverlong(tokens.length ? splitAtAddresses(word, tokens) : [word], LONGEST_WHOLE_WORD);
};

/** A hyphenation callback for a language; languages without patterns never hyphenate words. */
export function hyphenationFor(lang: string): HyphenationCallback {
  const cached = cache.get(lang);
  if (cached) return cached;
  const mod = patternModules[lang];
  const hyphenateSync = mod ? (require(mod) as { hyphenateSync: (text: string, opts?: { minWordLength?: number }) => string }).hyphenateSync : undefined;
  const words = new Map<string, string[]>();
  const callback: HyphenationCallback = (word) => {
    let parts = words.get(word);
    if (!parts) {
      // Bidi marks around a token (layout-text.ts) count as spaces for finding it.
      const tokens = findWholeTokens(word.replace(BIDI_MARKS, ' '));
      // An address part longer than any line (a pasted token) breaks anywhere too, rather than run off the page.
      if (tokens.length) parts = breakOverlong(splitAtAddresses(word, tokens), LONGEST_WHOLE_WORD);
      else if (hyphenateSync && word.length >= 7) parts = breakOverlong(hyphenateSync(word, { minWordLength: 7 }).split('\u00ad'));
      else parts = breakOverlong([word]);
      words.set(word, parts);
    }
    return parts;
  };
  cache.set(lang, callback);
  return callback;
}
