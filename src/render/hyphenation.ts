/**
 * Hyphenation per language with TeX patterns from the `hyphen` package, in the shape
 * react-pdf wants: a word split into the parts where the line may break. textkit (patched,
 * see patches/) draws a hyphen only after a part that ends in a letter.
 *
 * Web and e-mail addresses, phone numbers, dates, times, amounts and codes are never
 * hyphenated: a parent would type or dial the hyphen. An address may break after a
 * `/`, `.`, `-` or `@` it already has, with nothing added; a number never breaks.
 * Right-to-left scripts (Arabic, Farsi, ...) have no patterns: they are not hyphenated.
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
/** Characters of an address after which a line may break. */
const ADDRESS_BREAK = /[/.\-@?&=#]/;

/**
 * A word that holds whole tokens, split only inside its addresses: after a break
 * character that is not followed by another one (`https://` stays together) nor ends the address.
 */
function splitAtAddresses(word: string, tokens: WholeToken[]): string[] {
  const cuts: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'number') continue;
    for (let i = t.start; i < t.end - 1; i++) {
      if (ADDRESS_BREAK.test(word[i]!) && !ADDRESS_BREAK.test(word[i + 1]!)) cuts.push(i + 1);
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
      if (tokens.length) parts = splitAtAddresses(word, tokens);
      else if (hyphenateSync && word.length >= 7) parts = hyphenateSync(word, { minWordLength: 7 }).split('\u00ad');
      else parts = [word];
      words.set(word, parts);
    }
    return parts;
  };
  cache.set(lang, callback);
  return callback;
}
