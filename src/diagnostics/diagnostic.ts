/**
 * A diagnostic is data: what went wrong, where, and what to do about it.
 * Printing is the job of `format.ts`; steps only create diagnostics.
 */
export type Severity = 'error' | 'warning';

/** A position in a source file, 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A range in a source file; `end` is optional for point locations. */
export interface Span {
  start: Position;
  end?: Position;
}

export interface Diagnostic {
  /** Permanent name from the registry in `errors.ts`, e.g. `FrontMatterInvalidType`. */
  code: string;
  severity: Severity;
  /** Project-relative path of the file at fault, when there is one. */
  file?: string;
  span?: Span;
  /** The front matter field concerned, as a dotted path (`scale.2.label`). */
  field?: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

/** Diagnostics that are errors. */
export function errorsOf(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags.filter((d) => d.severity === 'error');
}

/** Whether any of the diagnostics is an error (and so the command fails). */
export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Attach a file to diagnostics made without one (low-level steps know only positions). */
export function inFile(file: string, diags: readonly Diagnostic[]): Diagnostic[] {
  return diags.map((d) => (d.file ? d : { ...d, file }));
}

/** Sort by file, then position, so reports are stable. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.span?.start.line ?? 0) - (b.span?.start.line ?? 0) ||
      (a.span?.start.column ?? 0) - (b.span?.start.column ?? 0),
  );
}

/**
 * The one way to throw diagnostics: thrown inside a step or a render to abort one document
 * or output (caught by the pipeline, which attaches the file).
 */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
  }
}

/**
 * Each diagnostic once: a problem found for every output of a document (each brand,
 * each variant) is one problem. Keeps the first of equal ones, in order.
 */
export function uniqueDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = JSON.stringify([d.code, d.severity, d.file, d.span, d.field, d.message, d.hint]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
