/**
 * The README's benchmark table is the last full `npm run bench` (bench/results.json), written
 * by bench/readme-table.ts: it cannot drift from the measured numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchTable, withTable, type BenchResults } from '../bench/readme-table.js';
import { repoRoot } from './helpers.js';

describe('the README benchmark table', () => {
  it('is the table of bench/results.json', () => {
    const results = JSON.parse(readFileSync(resolve(repoRoot, 'bench/results.json'), 'utf8')) as BenchResults;
    const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
    expect(results.rows.filter((r) => r.id).length).toBeGreaterThan(10);
    expect(withTable(readme, benchTable(results))).toBe(readme);
  });

  it('says by how much a target is missed', () => {
    const table = benchTable({ date: '2026-11-28T00:00:00Z', machine: { cpus: 2, node: 'v20' }, runs: 25, rows: [
      { id: 'a', name: 'ratio', value: 0.56, unit: '×', target: '≤ 0.5×', ok: false },
      { id: 'b', name: 'time', value: 120, unit: 'ms', target: '< 150 ms', ok: true },
    ] });
    expect(table).toContain('  | `a` | ratio | 0.56× | ≤ 0.5× | NO, over by 0.06 × |');
    expect(table).toContain('  | `b` | time | 120 ms | < 150 ms | yes |');
  });
});
