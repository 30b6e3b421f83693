/**
 * What a command may touch of the process: argv-independent streams and the clock.
 * Tests inject their own to run commands in-process.
 */
import { resolve } from 'node:path';
import type { Stream } from './progress.js';

export interface CliIO {
  stdout: Stream;
  stderr: Stream;
  /** The folder the command runs in: paths typed on the command line are relative to it. */
  cwd: string;
  /** The project folder (`--root`, or found from `cwd` by main); `cwd` when not set. */
  root?: string;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  /**
   * Optional: run work that may be ended at any moment (a build: its renders and parses keep
   * the event loop busy, so no signal handler would run) with the process's own signal
   * handlers off: a stop request (Ctrl-C, SIGTERM) then ends the process at once, as the
   * system does. Rejects with `StopRequested` when a stop came before the work began. The
   * work gets `protect`: what it runs under `protect` (writing a file and the manifest that
   * lists it) is never cut in two; a stop that comes meanwhile is answered after it.
   */
  stopAtOnce?: <T>(work: (protect: <W>(write: () => Promise<W>) => Promise<W>) => Promise<T>) => Promise<T>;
}

/**
 * The real process's streams, folder and environment, for a command run from the shell.
 * @param signal optional: aborted when the user asks the command to stop (Ctrl-C)
 * @param stopAtOnce optional: how a stop is put off while an output is written (see `CliIO`)
 */
export const processIO = (signal?: AbortSignal, stopAtOnce?: CliIO['stopAtOnce']): CliIO => ({
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  ...(signal ? { signal } : {}),
  ...(stopAtOnce ? { stopAtOnce } : {}),
});

/** The project folder a command works on. */
export const projectRoot = (io: CliIO): string => io.root ?? io.cwd;

/** A path the user typed (relative to the folder the command runs in), made absolute; undefined stays undefined. */
export function typedPath(io: CliIO, value: string | undefined): string | undefined {
  return value === undefined ? undefined : resolve(io.cwd, value);
}

/** Split repeatable, comma-separated option values. */
export function list(v: unknown): string[] | undefined {
  if (v === undefined || v === null || v === '' || v === false) return undefined;
  const arr = Array.isArray(v) ? v : [v];
  const out = arr.flatMap((x) => String(x).split(',')).map((s) => s.trim()).filter(Boolean);
  return out.length ? out : undefined;
}
