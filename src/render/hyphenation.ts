/**
 * Hyphenation per language with TeX patterns from the `hyphen` package, in the
 * shape react-pdf wants: a word split into the parts where it may break.
 */
import { createRequire } from 'node:module';

export type HyphenationCallback = (word: string) => string[];

const require = createRequire(import.meta.url);
const cache = new Map<string, HyphenationCallback>();

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

const noHyphenation: HyphenationCallback = (word) => [word];

/** A hyphenation callback for a language; languages without patterns never hyphenate. */
export function hyphenationFor(lang: string): HyphenationCallback {
  const cached = cache.get(lang);
  if (cached) return cached;
  const mod = patternModules[lang];
  let callback = noHyphenation;
  if (mod) {
    const { hyphenateSync } = require(mod) as { hyphenateSync: (text: string, opts?: { minWordLength?: number }) => string };
    const words = new Map<string, string[]>();
    callback = (word) => {
      let parts = words.get(word);
      if (!parts) {
        parts = word.length < 7 ? [word] : hyphenateSync(word, { minWordLength: 7 }).split('\u00ad');
        words.set(word, parts);
      }
      return parts;
    };
  }
  cache.set(lang, callback);
  return callback;
}
