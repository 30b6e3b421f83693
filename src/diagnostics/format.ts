/**
 * Print diagnostics: a long form with a code frame (for people), a short
 * `file:line:col: severity: message` form (for editors) and JSON (for machines).
 */
import { codeFrameColumns } from '@babel/code-frame';
import { frameWindow } from './frame-window.js';
import type { Diagnostic } from './diagnostic.js';

export type DiagnosticFormat = 'long' | 'short' | 'json';

/** Looks up the text of a file so that a code frame can be shown; may return undefined. */
export type SourceLookup = (file: string) => string | undefined;

function where(d: Diagnostic): string {
  if (!d.file) return '';
  if (!d.span) return d.file;
  return `${d.file}:${d.span.start.line}:${d.span.start.column}`;
}

/** One line per diagnostic: `file:line:col: error: message`. */
export function formatShort(d: Diagnostic): string {
  const loc = where(d);
  return `${loc ? `${loc}: ` : ''}${d.severity}: ${d.message}${d.hint ? ` (hint: ${d.hint.replace(/\n/g, ' ')})` : ''}`;
}

/** Several lines per diagnostic, with a code frame when the source is known. */
export function formatLong(d: Diagnostic, lookup: SourceLookup, color = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const head =
    paint(d.severity === 'error' ? '1;31' : '1;33', d.severity) + paint('1', `: ${d.message}`) + paint('2', ` [${d.code}]`);
  const lines = [head];
  const loc = where(d);
  if (loc) lines.push(`  ${paint('36', '┌─')} ${loc}${d.field ? `  (field \`${d.field}\`)` : ''}`);
  const text = d.file ? lookup(d.file) : undefined;
  if (text !== undefined && d.span) {
    const shown = frameWindow(text, d.span);
    const frame = codeFrameColumns(
      shown.text,
      { start: shown.span.start, ...(shown.span.end ? { end: shown.span.end } : {}) },
      { highlightCode: false, linesAbove: 2, linesBelow: 1 },
    );
    lines.push(frame.replace(/^/gm, '  '));
  }
  if (d.expected !== undefined && !d.message.includes(d.expected)) lines.push(`  expected: ${d.expected}`);
  if (d.found !== undefined && !d.message.includes(d.found)) lines.push(`  found:    ${d.found}`);
  if (d.hint) lines.push(`  ${paint('32', 'hint')}: ${d.hint.replace(/\n/g, '\n        ')}`);
  return lines.join('\n');
}

/** Print a list of diagnostics in the chosen format. */
export function formatDiagnostics(
  diags: readonly Diagnostic[],
  format: DiagnosticFormat,
  lookup: SourceLookup,
  color = false,
): string {
  if (format === 'json') return JSON.stringify(diags, null, 2);
  if (format === 'short') return diags.map(formatShort).join('\n');
  return diags.map((d) => formatLong(d, lookup, color)).join('\n\n');
}
