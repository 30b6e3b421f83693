/**
 * Print-shop files in a build (`build --pdfx`, or `print: { pdfx: true }` in drukklaar.yml):
 * beside each printable output, `<name>--drukker.pdf` in CMYK PDF/X-3 (print-file.ts).
 * Not for drafts (a print shop prints what was reviewed; a draft's watermark is for the
 * office printer) nor for screen-only variants (the fillable quickscan).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import type { Variant } from '../kinds/kind.js';
import { findGhostscript } from './ghostscript.js';
import { makePrintFile } from './print-file.js';

/** Suffix of a print-shop file. */
export const PRINT_SUFFIX = '--drukker';

/** The print file beside an output. */
export const printFileName = (out: string): string => out.replace(/\.pdf$/, `${PRINT_SUFFIX}.pdf`);

/** Whether an output gets a print file. */
export const isPrintable = (variant: Variant, status: string | undefined): boolean => !variant.screenOnly && status !== 'draft';

/** Makes print files; absent when printing is off or cannot be done here. */
export interface Printer {
  /** @param date the build's date */
  print(pdf: Uint8Array, title: string, date: Date): Promise<Uint8Array>;
}

/**
 * Get ready to print, once per build.
 * @param enabled whether the build asks for print files
 * @param toolRoot drukklaar's own folder (it ships the output profile)
 */
export function preparePrinter(enabled: boolean, toolRoot: string): { printer?: Printer; diagnostics: Diagnostic[] } {
  if (!enabled) return { diagnostics: [] };
  const gs = findGhostscript();
  if (!gs) return { diagnostics: [diag('GhostscriptMissing', {})] };
  const profile = resolve(toolRoot, 'assets/icc/FOGRA39-drukklaar.icc');
  if (!existsSync(profile)) return { diagnostics: [diag('AssetMissing', { what: 'output profile', path: 'assets/icc/FOGRA39-drukklaar.icc', asset: 'outputProfile' })] };
  return { printer: { print: (pdf, title, date) => makePrintFile(pdf, title, profile, gs, date) }, diagnostics: [] };
}
