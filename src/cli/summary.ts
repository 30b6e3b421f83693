/**
 * The summary printed after a build: a table of built, skipped and failed outputs.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BuildReport } from '../pipeline/build.js';

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The end of `check`'s last line: "all good" only when there is nothing to report. */
export function checkVerdict(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.length - errors;
  if (!errors && !warnings) return 'all good';
  return [errors ? counted(errors, 'error') : '', warnings ? counted(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

/** The table after a build: outputs built, skipped and failed, documents with errors, pages and seconds, then the documents with errors and the stale outputs by name. */
export function summaryTable(report: BuildReport): string {
  const count = (s: string) => report.outputs.filter((o) => o.status === s).length;
  const pages = report.outputs.filter((o) => o.status === 'built').reduce((n, o) => n + o.pages, 0);
  const stale = report.outputs.filter((o) => o.stale);
  const rows: [string, string][] = [
    ['built', String(count('built'))],
    ['skipped (unchanged)', String(count('skipped'))],
    ['failed outputs', String(count('failed'))],
    ['documents with errors', String(report.failedDocuments.length)],
    ['pages written', String(pages)],
    ['seconds', (report.ms / 1000).toFixed(2)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  const lines = ['', 'drukklaar build', ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v.padStart(6)}`)];
  if (report.failedDocuments.length) lines.push('', 'documents with errors:', ...report.failedDocuments.map((f) => `  ${f}`));
  if (stale.length) lines.push('', 'stale (previous good PDF kept):', ...stale.map((o) => `  ${o.out}`));
  if (report.interrupted) lines.push('', 'interrupted: outputs written so far are complete; run the build again to finish');
  lines.push('', `output: ${report.outDir}`);
  return lines.join('\n') + '\n';
}

/** The report as JSON for machines. */
export function reportJson(report: BuildReport): string {
  const { sources: _sources, ...rest } = report;
  // Peak memory of this process, for the benchmark and for CI logs.
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return JSON.stringify({ ...rest, maxRssMb }, null, 2) + '\n';
}
