/**
 * `check`: `build` minus the PDFs. The stages of a build that only read and check, up to
 * the last check before rendering (build.ts's checkStages), over every output, and
 * nothing written; every problem in one run.
 */
import { uniqueDiagnostics } from '../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { checkStages, runStages } from '../pipeline/build.js';
import { BuildSession } from '../pipeline/build-session.js';
import type { WithDocuments } from '../pipeline/stages/documents.js';
import type { Inputs } from '../pipeline/stages/inputs.js';
import { projectRoot, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { checkVerdict } from './summary.js';

export interface CheckArgs {
  format?: string;
  release?: boolean;
}

/** `1 brand`, `3 brands`. */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Validate every brand, language and document and every output they make, without rendering. */
export async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const session = new BuildSession({ root: projectRoot(io), release: !!args.release, ...(io.signal ? { signal: io.signal } : {}) });
  session.startBuild();
  const { brands, languages, documents } = (await runStages(checkStages, session)) as Inputs & WithDocuments;
  const { report } = session;
  const diagnostics = uniqueDiagnostics(report.diagnostics);
  printDiagnostics(io, diagnostics, format, report.sources);
  if (format === 'long') {
    io.stderr.write(`checked ${count(documents.files.length, 'document')}, ${count(brands.brands.size + brands.failed.size, 'brand')}, ${count(languages.languages.size, 'language')}: ${checkVerdict(diagnostics)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
