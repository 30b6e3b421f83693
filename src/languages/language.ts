/**
 * Languages: content/languages/<code>.yml names a language, its direction and script,
 * and the fixed words the layouts print (`strings:`). Every fixed word comes from these
 * files: the Dutch file has them all, another language may leave some out, and its
 * layouts then print the Dutch words (`say`), which `check` reports as a warning for a
 * translated output. Keys are flat; a kind's own words share a prefix (`quickscan.max`).
 */
import { z } from 'zod';

export const scripts = ['latin', 'cyrillic', 'arabic', 'ethiopic'] as const;
export type Script = (typeof scripts)[number];

export const languageSchema = z
  .object({
    name: z.string().min(1),
    nameNl: z.string().min(1),
    dir: z.enum(['ltr', 'rtl']),
    script: z.enum(scripts),
    strings: z
      .object({
        page: z
          .string()
          .includes('{page}', { message: 'the text must keep the placeholder {page} (the page number)' })
          .includes('{pages}', { message: 'the text must keep the placeholder {pages} (the number of pages)' })
          .optional(),
      })
      .catchall(z.string().min(1, { message: 'the text is empty: leave the key out to print the Dutch word' })),
  })
  .strict();

export type LanguageFile = z.infer<typeof languageSchema>;

/** A language file's fields; every fixed word optional (those left out print in Dutch). */
export interface Language extends LanguageFile {
  code: string;
  hash: string;
  /**
   * The Dutch words, for those this language leaves out: the project's nl.yml over
   * drukklaar's own (set when the languages are loaded).
   */
  dutch?: Readonly<Record<string, string>>;
  /**
   * Font families of one document's text, when it has letters of another script than its
   * language's (an Arabic name in a Dutch sheet): the script's families, then those of the
   * other scripts (src/render/fonts.ts `fontsOf`, set when the document is linked).
   */
  fonts?: readonly string[];
}

/** The key of a fixed word in `strings:`, e.g. `page` or `quickscan.max`. */
export type StringKey = string;

/**
 * A fixed word of the layouts in a language, with `{name}` placeholders filled in; the
 * Dutch word when the language leaves it out.
 * @param lang the language to print in
 * @param key the word's key in `strings:`
 * @param values placeholder values, e.g. `{ page: 1, pages: 2 }`
 * @throws Error when no language file has the key: a layout asked for a word nl.yml lacks
 *   (a programming error; `tests/language-strings.test.ts` keeps the layouts and nl.yml in step)
 */
export function say(lang: Language, key: StringKey, values: Readonly<Record<string, string | number>> = {}): string {
  const strings = lang.strings as Readonly<Record<string, string | undefined>>;
  const text = strings[key] ?? lang.dutch?.[key];
  if (text === undefined) throw new Error(`no fixed word \`${key}\` in content/languages/${lang.code}.yml or drukklaar's nl.yml`);
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The language a fixed word prints in: the language's own code, or `nl` when the language
 * leaves the word out and the Dutch one prints (for a screen reader's voice).
 * @param lang the language asked for
 * @param key the word's key
 */
export function wordLanguage(lang: Language, key: StringKey): string {
  return (lang.strings as Readonly<Record<string, string | undefined>>)[key] !== undefined ? lang.code : 'nl';
}

/**
 * Keys of the fixed words a language takes from Dutch, among those a kind prints: the
 * common words (no prefix) and those under the kind's prefixes.
 * @param lang the language
 * @param prefixes the kind's prefixes, e.g. `['quickscan']`
 */
export function wordsFromDutch(lang: Language, prefixes: readonly string[]): string[] {
  if (!lang.dutch || lang.code === 'nl') return [];
  const own = lang.strings as Readonly<Record<string, string | undefined>>;
  return Object.keys(lang.dutch).filter((key) => isKindWord(key, prefixes) && own[key] === undefined);
}

/**
 * Whether a kind's layouts print a fixed word: the common words (no prefix) and its own.
 * @param key the word's key, e.g. `page` or `quickscan.max`
 * @param prefixes the kind's prefixes (`KindDefinition.wordPrefixes`)
 */
export const isKindWord = (key: StringKey, prefixes: readonly string[]): boolean => !key.includes('.') || prefixes.some((p) => key.startsWith(`${p}.`));

/** "Pagina 1 van 2" in the language. */
export function pageLabel(lang: Language, page: number, pages: number): string {
  return say(lang, 'page', { page, pages });
}
