/**
 * `check`: `build` minus the PDFs. The same stages as a build (load-project.ts, the plan,
 * preflight.ts) over every output, and nothing written; every problem in one run.
 */
import { uniqueDiagnostics } from '../diagnostics/diagnostic.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { CodeDigest } from '../pipeline/code-digest.js';
import { loadProject } from '../pipeline/load-project.js';
import { planJobs } from '../pipeline/plan.js';
import { preflight } from '../pipeline/preflight.js';
import { projectPaths } from '../project.js';
import { toolRoot } from '../tool-root.js';
import { projectRoot, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { checkVerdict } from './summary.js';

export interface CheckArgs {
  format?: string;
  release?: boolean;
}

/** Validate every brand, language and document and every output they make, without rendering. */
export async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const paths = projectPaths(projectRoot(io));
  const selection = { release: !!args.release };
  // 1. brands, languages, documents
  const project = await loadProject(paths, selection);
  const { brands, languages, documents } = project;
  // 2. every output a build would make (the digests are the plan's; nothing is compared)
  const code = { tool: new CodeDigest(toolRoot()), project: new CodeDigest(paths.root) };
  const jobs = planJobs(documents.docs, brands.brands, languages.languages, selection, code);
  // 3. the checks a build runs before writing
  const checked = await preflight(jobs, paths, io.signal);
  const diagnostics = uniqueDiagnostics([...project.diagnostics, ...checked.diagnostics]);
  printDiagnostics(io, diagnostics, format, project.sources);
  if (format === 'long') {
    io.stderr.write(`checked ${documents.files.length} documents, ${brands.brands.size + brands.failed.size} brands, ${languages.languages.size} languages: ${checkVerdict(diagnostics)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
