/**
 * The bundled fonts (assets/fonts, SIL OFL), the family each script prints with, and
 * their one-time registration with react-pdf.
 */
import { Font } from '@react-pdf/renderer';
import { resolve } from 'node:path';
import type { Script } from '../languages/language.js';

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
  // the global default must not be English.
  Font.registerHyphenationCallback((word) => [word]);
  current = fontsDir;
}
