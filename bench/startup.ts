/**
 * Start-up of the commands that only read (`check`, `list`, `status`): process start to
 * exit on the sample catalogue, as a user runs them again (the V8 code cache, the file
 * hashes and the answer kept by the first run, src/cli/remembered-answer.ts), and `check`
 * after one document changed (everything checked again). Rows for bench/run.ts
 * (`BENCH_ONLY=startup`).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Row } from './harness.js';

/**
 * @param cli the compiled CLI (dist/cli.mjs)
 * @param dir the project to run in
 * @param runs timed runs per command (the median is reported)
 */
export function startupRows(cli: string, dir: string, runs = 5): Row[] {
  const once = (args: string[]): number => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, NODE_ENV: 'production', CI: 'true' }, stdio: 'ignore' });
    if (r.status === null || r.status > 1) throw new Error(`drukklaar ${args.join(' ')} ended with ${r.status ?? r.signal}`);
    return performance.now() - t;
  };
  const rows: Row[] = [];
  for (const command of ['check', 'list', 'status'] as const) {
    once([command]); // the first run after a change fills the caches
    const times = Array.from({ length: runs }, () => once([command])).sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)]!;
    rows.push({ id: `startup_${command}_ms`, name: `start → exit: drukklaar ${command} (sample catalogue, again)`, value: ms, unit: 'ms', target: '< 1000 ms', ok: ms < 1000 });
  }
  // One document changed: no answer to give again, the whole project is checked.
  const doc = resolve(dir, 'content/bench/tips12.nl.md');
  const text = readFileSync(doc, 'utf8');
  const changed: number[] = [];
  for (let i = 0; i < 3; i++) {
    appendFileSync(doc, '\n');
    changed.push(once(['check']));
  }
  writeFileSync(doc, text);
  rows.push({ id: 'startup_check_changed_ms', name: 'start → exit: drukklaar check after a document changed', value: changed.sort((a, b) => a - b)[1]!, unit: 'ms' });
  return rows;
}
