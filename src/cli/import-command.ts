/**
 * `drukklaar import <file> [--force]`: write the translations of an XLIFF 2.0 or PO file
 * back into the Markdown translation files, all of them or none.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { diag } from '../diagnostics/errors.js';
import { firstInvalidUtf8 } from '../source/read-source.js';
import type { ReadExchange } from '../exchange/exchange-model.js';
import { planImport } from '../exchange/plan-import.js';
import { readPo } from '../exchange/po.js';
import { readXliff } from '../exchange/xliff-read.js';
import { writeAtomic } from '../output/write-atomic.js';
import { projectPaths, rel } from '../project.js';
import type { CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { readTranslationDocuments } from './translation-documents.js';

export interface ImportArgs {
  file?: string;
  force?: boolean;
  format?: string;
  _?: string[];
}

/** The reader of a file: by its extension, else XLIFF when it starts with `<`. */
const readerOf = (name: string, text: string): ((text: string) => ReadExchange) =>
  /\.pot?$/i.test(name) ? readPo : /\.(xlf|xliff|xml)$/i.test(name) || text.trimStart().startsWith('<') ? readXliff : readPo;

/** Run `import`; returns the exit code. */
export async function runImport(args: ImportArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const paths = projectPaths(io.cwd);
  const given = args.file ?? args._?.[0];
  const diags: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const done = (code: number) => {
    printDiagnostics(io, diags, format, sources);
    return code;
  };
  if (!given) {
    diags.push(diag('UsageInvalid', { reason: 'importWithoutFile' }));
    return done(2);
  }
  // 1. Read and parse the exchange file.
  const file = rel(paths, resolve(io.cwd, String(given)));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, String(given)));
  } catch (e) {
    diags.push(diag('SourceUnreadable', { cause: (e as NodeJS.ErrnoException).code ?? String(e) }, { file }));
    return done(1);
  }
  // Read as UTF-8 regardless, a file saved as Windows-1252 lost its accents to U+FFFD and was
  // then refused as "the Dutch text changed since the file was exported".
  const bad = firstInvalidUtf8(bytes);
  if (bad < bytes.length) {
    const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8');
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const problem = `byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} is not UTF-8: the file was saved in another encoding (probably Windows-1252 or Latin-1)`;
    diags.push(diag('ExchangeMalformed', { problem }, { file, span: { start: { line, column } } }));
    return done(1);
  }
  // Composed (NFC), as content files are read: a CAT tool on a Mac may save `e` + U+0302 for
  // `ê`, which wrote every unit with an accent back into the Markdown as changed.
  const text = Buffer.from(bytes).toString('utf8').normalize('NFC');
  sources.set(file, text);
  const read = readerOf(file, text)(text);
  if ('error' in read) {
    diags.push(diag('ExchangeMalformed', { problem: read.error.detail }, { file, span: { start: { line: read.error.line, column: read.error.column } } }));
    return done(1);
  }
  // 2. Plan every write; refuse all of them if any unit is refused.
  const t = await readTranslationDocuments(paths);
  for (const [f, s] of t.sources) sources.set(f, s);
  const plan = planImport(t, read, file, !!args.force);
  diags.push(...plan.diagnostics);
  if (plan.diagnostics.some((d) => d.severity === 'error')) return done(1);
  // 3. Write.
  for (const w of plan.writes) {
    writeAtomic(resolve(paths.root, w.file), w.text);
    io.stdout.write(`${w.summary}\n`);
  }
  if (!plan.writes.length) io.stdout.write(`${file}: nothing changed (${read.units.length} units read)\n`);
  return done(0);
}
