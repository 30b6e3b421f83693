import { loadBrands } from '../brands/load-brands.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { loadLanguages } from '../languages/load-languages.js';
import { loadDocuments } from '../pipeline/load-documents.js';
import { projectPaths } from '../project.js';
import { checkCoverage } from '../render/coverage.js';
import type { CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';

export interface CheckArgs {
  format?: string;
  release?: boolean;
}

/** Validate every brand, language and document without rendering; report all problems in one run. */
export async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const paths = projectPaths(io.cwd);
  const brands = await loadBrands(paths);
  const langs = loadLanguages(paths);
  const docs = await loadDocuments(paths, { languages: langs.languages, failedLanguages: langs.failed, brandIds: [...brands.brands.keys(), ...brands.failed], release: !!args.release });
  const diagnostics: Diagnostic[] = [...brands.diagnostics, ...langs.diagnostics, ...docs.diagnostics];
  for (const doc of docs.docs) diagnostics.push(...checkCoverage(paths.fonts, doc.language, doc.kind.texts(doc.model), doc.source.path));
  const sources = new Map([...brands.sources, ...langs.sources, ...docs.sources]);
  printDiagnostics(io, diagnostics, format, sources);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (format === 'long') {
    io.stderr.write(`checked ${docs.files.length} documents, ${brands.brands.size + brands.failed.size} brands, ${langs.languages.size} languages: ${errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'all good'}\n`);
  }
  return errors ? 1 : 0;
}
