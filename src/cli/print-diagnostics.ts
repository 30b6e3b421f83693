import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, type DiagnosticFormat } from '../diagnostics/format.js';
import type { CliIO } from './io.js';

/** Print diagnostics to stderr (long, short) or stdout (json). */
export function printDiagnostics(io: CliIO, diags: Diagnostic[], format: DiagnosticFormat, sources: Map<string, string>): void {
  const sorted = sortDiagnostics(diags);
  if (format === 'json') {
    io.stdout.write(formatDiagnostics(sorted, 'json', (f) => sources.get(f)) + '\n');
    return;
  }
  if (!sorted.length) return;
  const color = !!io.stderr.isTTY && !io.env.NO_COLOR;
  io.stderr.write(formatDiagnostics(sorted, format, (f) => sources.get(f), color) + '\n');
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.length - errors;
  if (format === 'long') io.stderr.write(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
}
