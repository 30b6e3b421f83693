/**
 * What a command may touch of the process: argv-independent streams and the clock.
 * Tests inject their own to run commands in-process.
 */
import type { Stream } from './progress.js';

export interface CliIO {
  stdout: Stream;
  stderr: Stream;
  cwd: string;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export const processIO = (signal?: AbortSignal): CliIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  ...(signal ? { signal } : {}),
});

/** Split repeatable, comma-separated option values. */
export function list(v: unknown): string[] | undefined {
  if (v === undefined || v === null || v === '' || v === false) return undefined;
  const arr = Array.isArray(v) ? v : [v];
  const out = arr.flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean);
  return out.length ? out : undefined;
}
