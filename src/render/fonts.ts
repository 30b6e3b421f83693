/**
 * The bundled fonts (assets/fonts, SIL OFL), the family each script prints with, and
 * their one-time registration with react-pdf.
 */
import { Font } from '@react-pdf/renderer';
import { resolve } from 'node:path';
import type { Script } from '../languages/language.js';
import { wholeWords } from './hyphenation.js';

export interface FontFace {
  family: string;
  file: string;
  fontWeight?: 'normal' | 'bold';
  fontStyle?: 'normal' | 'italic';
}

/** Every face we ship. Families without an italic get their upright face as italic. */
export const fontFaces: FontFace[] = [
  { family: 'Noto Sans', file: 'NotoSans-Regular.ttf' },
  { family: 'Noto Sans', file: 'NotoSans-Bold.ttf', fontWeight: 'bold' },
  { family: 'Noto Sans', file: 'NotoSans-Italic.ttf', fontStyle: 'italic' },
  { family: 'Noto Sans', file: 'NotoSans-Bold.ttf', fontWeight: 'bold', fontStyle: 'italic' },
  { family: 'Noto Naskh Arabic', file: 'NotoNaskhArabic-Regular.ttf' },
  { family: 'Noto Naskh Arabic', file: 'NotoNaskhArabic-Bold.ttf', fontWeight: 'bold' },
  { family: 'Noto Naskh Arabic', file: 'NotoNaskhArabic-Regular.ttf', fontStyle: 'italic' },
  { family: 'Noto Naskh Arabic', file: 'NotoNaskhArabic-Bold.ttf', fontWeight: 'bold', fontStyle: 'italic' },
  { family: 'Noto Sans Ethiopic', file: 'NotoSansEthiopic-Regular.ttf' },
  { family: 'Noto Sans Ethiopic', file: 'NotoSansEthiopic-Bold.ttf', fontWeight: 'bold' },
  { family: 'Noto Sans Ethiopic', file: 'NotoSansEthiopic-Regular.ttf', fontStyle: 'italic' },
  { family: 'Noto Sans Ethiopic', file: 'NotoSansEthiopic-Bold.ttf', fontWeight: 'bold', fontStyle: 'italic' },
];

/**
 * Font families per script, in fallback order. Every list ends with a bundled font
 * (react-pdf's own fallback, Helvetica, is not embedded).
 */
export const scriptFonts: Record<Script, string[]> = {
  latin: ['Noto Sans'],
  cyrillic: ['Noto Sans'],
  arabic: ['Noto Naskh Arabic', 'Noto Sans'],
  ethiopic: ['Noto Sans Ethiopic', 'Noto Sans'],
};

/** Letters of the scripts a Latin or Cyrillic font does not have, and the family that has them. */
const otherScripts: readonly { letters: RegExp; family: string }[] = [
  { letters: /\p{Script=Arabic}/u, family: 'Noto Naskh Arabic' },
  { letters: /\p{Script=Ethiopic}/u, family: 'Noto Sans Ethiopic' },
];

/**
 * The font families a language's text prints with: the document's own list when its text
 * has letters of another script (`withFontsForText`), else the script's.
 * @param language the language (of a document)
 */
export function fontsOf(language: { script: Script; fonts?: readonly string[] }): string[] {
  return [...(language.fonts ?? scriptFonts[language.script])];
}

/**
 * A document's language with the families for every script its text uses: a Dutch sheet that
 * names an Arabic school prints the name with the Arabic font instead of refusing it. The
 * language itself when the script's families cover the text.
 * @param language the document's language
 * @param text the document's text (its file)
 */
export function withFontsForText<L extends { script: Script; fonts?: readonly string[] }>(language: L, text: string): L {
  const own = scriptFonts[language.script];
  const extra = otherScripts.filter((s) => !own.includes(s.family) && s.letters.test(text)).map((s) => s.family);
  // After the script's own families: those keep every letter, digit and space they have.
  return extra.length ? { ...language, fonts: [...own, ...extra] } : language;
}

/** Regular face file of each family, for the glyph coverage check. */
export function regularFile(fontsDir: string, family: string): string {
  const face = fontFaces.find((f) => f.family === family && !f.fontWeight && !f.fontStyle);
  if (!face) throw new Error(`no regular face for ${family}`);
  return resolve(fontsDir, face.file);
}

/** The upright regular or bold face file of a family. */
export function faceFile(fontsDir: string, family: string, bold: boolean): string {
  const face = fontFaces.find((f) => f.family === family && !f.fontStyle && (bold ? f.fontWeight === 'bold' : !f.fontWeight));
  if (!face) throw new Error(`no ${bold ? 'bold' : 'regular'} face for ${family}`);
  return resolve(fontsDir, face.file);
}

/**
 * The fonts folder whose faces are in react-pdf's registry now. react-pdf keeps one registry
 * per thread, and a family keeps the first source registered for each face, so a second
 * project in the same thread (a test run, a long-lived tool) would print with the first
 * project's files, or with files since deleted. Registering another folder replaces our
 * families (the fonts are opened again, once per switch); react-pdf's built-in families
 * (Helvetica, for its own use) are never touched.
 */
let current: string | undefined;

/** Register every bundled face with react-pdf for this fonts folder (once per folder in a row). */
export function registerFonts(fontsDir: string): void {
  if (current === fontsDir) return;
  const registry = Font.getRegisteredFonts() as Record<string, unknown>;
  const faces = new Map<string, FontFace[]>();
  for (const face of fontFaces) faces.set(face.family, [...(faces.get(face.family) ?? []), face]);
  for (const [family, list] of faces) {
    delete registry[family];
    Font.register({
      family,
      fonts: list.map((f) => ({ src: resolve(fontsDir, f.file), fontWeight: f.fontWeight ?? 'normal', fontStyle: f.fontStyle ?? 'normal' })),
    });
  }
  // Words are hyphenated per Text with the language's patterns (see hyphenation.ts);
  // the global default must not be English: whole words, broken only when longer than any line.
  Font.registerHyphenationCallback(wholeWords);
  current = fontsDir;
}
