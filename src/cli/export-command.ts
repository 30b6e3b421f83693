/**
 * `drukklaar export --lang <code> --format xliff|po [--doc …] [--out file]`: every
 * translatable unit of the selected Dutch documents, with its current translation and state,
 * as an exchange file for CAT tools and translation platforms.
 */
import { unusableLanguage } from '../languages/load-languages.js';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/errors.js';
import { collectExchange, translationPath, type UnitState } from '../exchange/exchange-model.js';
import { languageDocument } from '../exchange/language-strings.js';
import { writePo } from '../exchange/po.js';
import { writeXliff } from '../exchange/xliff-write.js';
import { writeAtomic } from '../output/write-atomic.js';
import { SOURCE_LANG } from '../pipeline/load-documents.js';
import { projectPaths } from '../project.js';
import { documentSelectors } from './document-selectors.js';
import { list, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { readTranslationDocuments, translatableSources } from './translation-documents.js';

export interface ExportArgs {
  lang?: string;
  format?: string;
  doc?: string | string[];
  out?: string;
}

/** The exchange formats and their writers. */
const writers = { xliff: writeXliff, po: writePo } as const;

/** Run `export`; returns the exit code. */
export async function runExport(args: ExportArgs, io: CliIO): Promise<number> {
  const paths = projectPaths(io.cwd);
  const t = await readTranslationDocuments(paths);
  const diags: Diagnostic[] = [];
  const done = (code: number) => {
    printDiagnostics(io, diags, 'long', t.sources);
    return code;
  };
  // 1. The language and the format.
  const format = (args.format ?? 'xliff').toLowerCase();
  if (!(format in writers)) {
    diags.push(diag('UsageInvalid', { reason: 'exportFormat', found: format }));
    return done(2);
  }
  const lang = args.lang ? String(args.lang) : undefined;
  if (!lang || lang === SOURCE_LANG || !t.languages.languages.has(lang)) {
    diags.push(...(lang && lang !== SOURCE_LANG ? unusableLanguage(t.languages, lang) : [diag('UsageInvalid', { reason: 'exportWithoutLanguage' })]));
    return done(lang ? 1 : 2);
  }
  // 2. The documents: every Dutch document whose kind lists its units, or those named.
  const exportable = translatableSources(t).filter((d) => d.kind.translation?.units);
  const selectors = documentSelectors(paths.root, list(args.doc) ?? []);
  const selected = selectors ? exportable.filter((d) => selectors.some((s) => s === d.slug || s === d.source.path)) : exportable;
  for (const s of selectors ?? []) {
    if (!exportable.some((d) => s === d.slug || s === d.source.path)) diags.push(diag('NothingSelected', { what: s, reason: 'exportable', slugs: exportable.map((d) => d.slug) }));
  }
  // 3. A translation that does not read would be exported as untranslated: refuse.
  for (const d of selected) diags.push(...(t.failed.get(translationPath(d, lang)) ?? []));
  if (diags.some((d) => d.severity === 'error') || !selected.length) {
    if (!selected.length && !diags.length) diags.push(diag('NothingSelected', { what: 'the selection', reason: 'nothingExportable' }));
    return done(1);
  }
  // 4. Write the file (or standard output) and count the units by state.
  const exchange = collectExchange(t, selected, lang);
  // The fixed words of the layouts come along unless documents were named.
  const strings = selectors ? undefined : languageDocument(t, lang);
  if (strings) exchange.documents.push(strings);
  const text = writers[format as keyof typeof writers](exchange);
  const counts = new Map<UnitState, number>();
  for (const u of exchange.documents.flatMap((d) => d.units)) counts.set(u.state, (counts.get(u.state) ?? 0) + 1);
  const summary = `${[...counts.values()].reduce((a, b) => a + b, 0)} units of ${exchange.documents.length} documents (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')})`;
  if (args.out) {
    writeAtomic(resolve(io.cwd, args.out), text);
    io.stdout.write(`${args.out}: ${summary}\n`);
  } else {
    io.stdout.write(text);
    io.stderr.write(`${summary}\n`);
  }
  return done(0);
}
