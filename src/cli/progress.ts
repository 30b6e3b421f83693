/**
 * Progress while building: one rewritten status line on a terminal, plain lines
 * otherwise (pipes, CI), nothing with --json.
 */
import type { BuildReporter, OutputResult } from '../pipeline/build.js';

export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
}

/**
 * A build reporter that shows progress on a stream; `finish()` ends its line.
 * @param stream where the progress goes (stderr)
 * @param mode `tty` one rewritten line, `plain` one line per output, `silent` nothing
 */
export function createProgress(stream: Stream, mode: 'tty' | 'plain' | 'silent'): BuildReporter & { finish(): void } {
  const t0 = performance.now();
  let total = 0;
  let done = 0;
  let current = '';
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
  const line = () => `[${done}/${total}] ${elapsed()} ${current}`;
  if (mode === 'silent') return { finish() {} };
  if (mode === 'plain') {
    return {
      start(n) {
        total = n;
      },
      output(r: OutputResult, d, n) {
        done = d;
        total = n;
        if (r.status !== 'skipped') stream.write(`[${d}/${n}] ${r.status === 'built' ? 'built ' : 'FAILED'} ${r.out}${r.status === 'built' ? ` (${r.pages} p, ${r.ms} ms)` : r.stale ? ' (previous file kept)' : ''}\n`);
      },
      finish() {},
    };
  }
  const draw = () => stream.write(`\r\u001b[2K${line().slice(0, 110)}`);
  return {
    start(n) {
      total = n;
      draw();
    },
    current(out) {
      current = out;
      draw();
    },
    output(_r, d, n) {
      done = d;
      total = n;
      draw();
    },
    finish() {
      stream.write('\r\u001b[2K');
    },
  };
}
