/**
 * What every part of the benchmark shares: the tool's folders, the rows of the result
 * table, timing helpers, a scratch copy of the project and running the CLI as a process.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { toolRoot } from '../src/tool-root.js';

export const repo = toolRoot();
export const cli = resolve(repo, 'dist/cli.mjs');
export const RUNS = Number(process.env.BENCH_RUNS ?? 25);
/** The median of a list of numbers. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Milliseconds since an arbitrary start (for differences). */
export const now = () => performance.now();

/** One line of the result table (and of bench/results.json). */
export interface Row {
  /** A stable id for tools that read bench/results.json (the name may change). */
  id?: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
}
/** The rows measured so far, in the order they print. */
export const rows: Row[] = [];
/** A progress line on stderr. */
export const log = (s: string) => process.stderr.write(s + '\n');

/** A scratch copy of the project with the benchmark tip sheet added. */
export function scratch(): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'drukklaar-bench-'));
  for (const d of ['content', 'assets']) cpSync(resolve(repo, d), resolve(dir, d), { recursive: true });
  mkdirSync(resolve(dir, 'content/bench'), { recursive: true });
  cpSync(resolve(repo, 'bench/fixtures/tips12.nl.md'), resolve(dir, 'content/bench/tips12.nl.md'));
  return dir;
}

/** Run the CLI as a new process; returns wall time and its JSON report. */
export function cliRun(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; report: { ms: number; maxRssMb: number; firstPdfAt?: number; stages: Record<string, number>; outputs: { status: string }[] } }> {
  return new Promise((res, rej) => {
    const t = now();
    const child = spawn(process.execPath, [cli, ...args, '--json'], { cwd, env: { ...process.env, NODE_ENV: 'production', CI: 'true', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('exit', () => {
      try {
        res({ ms: now() - t, report: JSON.parse(out) });
      } catch (e) {
        rej(new Error(`no JSON report from ${args.join(' ')}: ${(e as Error).message}`));
      }
    });
  });
}

/** Time a child script from start to exit (for the peers' start-up). */
export function nodeScript(code: string): number {
  // Inside the repo, so that the script resolves packages from its node_modules.
  mkdirSync(resolve(repo, '.cache'), { recursive: true });
  const file = resolve(repo, '.cache', `bench-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const t = now();
  execFileSync(process.execPath, [file], { cwd: repo, stdio: 'ignore' });
  const ms = now() - t;
  rmSync(file, { force: true });
  return ms;
}
