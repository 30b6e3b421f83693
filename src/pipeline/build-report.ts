/**
 * What a build tells its caller: each output's result, the diagnostics, and the time of
 * each stage. The stages add to it as they run; the CLI prints it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export type OutputStatus = 'built' | 'skipped' | 'failed';

export interface OutputResult {
  out: string;
  document: string;
  status: OutputStatus;
  pages: number;
  bytes: number;
  ms: number;
  /** A previous good file stays in place after a failure. */
  stale?: boolean;
}

export interface BuildReport {
  outDir: string;
  outputs: OutputResult[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Documents with errors: their file failed, or some of their outputs did. */
  failedDocuments: string[];
  ms: number;
  interrupted?: boolean;
  locked?: boolean;
  /** When the first PDF was complete, in ms since the process started (performance.now()). */
  firstPdfAt?: number;
  /** Milliseconds spent in each stage (by the stage's name in build.ts), for the benchmark and for profiling a slow build. */
  stages: Record<string, number>;
}

/** Progress callbacks of a build (the CLI's progress line). */
export interface BuildReporter {
  start?(total: number): void;
  output?(result: OutputResult, done: number, total: number): void;
  current?(out: string): void;
}

/** An empty report for a build into this output folder. */
export function emptyReport(outDir: string): BuildReport {
  return { outDir, outputs: [], diagnostics: [], sources: new Map(), failedDocuments: [], ms: 0, stages: {} };
}
