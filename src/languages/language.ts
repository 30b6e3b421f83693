/**
 * Languages: content/languages/<code>.yml names a language, its direction and script,
 * and the strings printed on every sheet.
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
        page: z.string().includes('{page}').includes('{pages}'),
        translationNotice: z.string().min(1),
        translation: z.string().min(1),
        draft: z.string().min(1),
        tip: z.string().min(1),
        source: z.string().min(1),
        contents: z.string().min(1),
      })
      .strict(),
  })
  .strict();

export type LanguageFile = z.infer<typeof languageSchema>;

export interface Language extends LanguageFile {
  code: string;
  hash: string;
}

/** "Pagina 1 van 2" in the language. */
export function pageLabel(lang: Language, page: number, pages: number): string {
  return lang.strings.page.replace('{page}', String(page)).replace('{pages}', String(pages));
}
