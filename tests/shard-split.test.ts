/**
 * `build --shard k/n`: parts that are disjoint, whole, the same on every machine, and
 * balanced by render time (measured by an earlier build, else estimated) rather than by
 * the number of outputs; `merge` refuses folders that are not the parts of one split.
 */
import { describe, expect, it } from 'vitest';
import type { Job } from '../src/pipeline/plan.js';
import { estimatedCost, outputsOfShard, splitBasis } from '../src/pipeline/shard-split.js';
import { splitProblem } from '../src/output/merge-manifests.js';
import { formatShort as format } from '../src/diagnostics/format.js';

/** Outputs of a document of `texts` pieces of text, for `brands` brands, of a kind that costs `cost` ms. */
function doc(path: string, texts: number, brands: number, cost: number): Job[] {
  const d = { source: { path }, kind: { renderCost: cost, texts: () => Array.from({ length: texts }, () => ({ text: 'x' })) }, model: {} };
  return Array.from({ length: brands }, (_, b) => ({ out: `b${b}/${path}.pdf`, doc: d, brand: { id: `b${b}` } }) as unknown as Job);
}

const plan: Job[] = [
  ...doc('kaarten', 40, 3, 800), // one heavy deck
  ...Array.from({ length: 12 }, (_, i) => doc(`tips-${i}`, 12, 3, 150)).flat(),
  ...doc('checklist', 80, 3, 250),
].sort((a, b) => a.out.localeCompare(b.out));

const cost = (jobs: Job[]) => jobs.reduce((s, j) => s + estimatedCost(j), 0);

describe('shards', () => {
  it('are disjoint, whole and deterministic', () => {
    const parts = [1, 2, 3].map((k) => outputsOfShard(plan, { k, n: 3 }));
    expect(parts.flat().map((j) => j.out).sort()).toEqual(plan.map((j) => j.out).sort());
    expect(new Set(parts.flat().map((j) => j.out)).size).toBe(plan.length);
    expect(outputsOfShard(plan, { k: 2, n: 3 })).toEqual(parts[1]);
  });

  it('balance the estimated time within one document of each other, not the count', () => {
    const parts = [1, 2].map((k) => outputsOfShard(plan, { k, n: 2 }));
    const [a, b] = parts.map(cost) as [number, number];
    const largestOutput = Math.max(...plan.map(estimatedCost));
    expect(Math.abs(a - b)).toBeLessThanOrEqual(largestOutput);
    // The heavy deck's shard holds fewer outputs: the count differs, the time does not.
    expect(parts[0]!.length).not.toBe(parts[1]!.length);
  });
});

describe('shards with measured render times', () => {
  // An earlier build measured the checklist at ten times its estimate; the tip sheets as estimated.
  const measured: Record<string, number> = Object.fromEntries(plan.map((j) => [j.out, estimatedCost(j) * (j.out.includes('checklist') ? 10 : 1)]));
  const costs = { digest: 'abc', ms: measured };
  const time = (jobs: Job[]) => jobs.reduce((s, j) => s + measured[j.out]!, 0);

  it('balance what was measured, where the estimates would not', () => {
    const byEstimate = [1, 2].map((k) => outputsOfShard(plan, { k, n: 2 }));
    const byMeasure = [1, 2].map((k) => outputsOfShard(plan, { k, n: 2, costs }));
    const spread = (parts: Job[][]) => Math.abs(time(parts[0]!) - time(parts[1]!));
    const largestGroup = Math.max(...plan.map((j) => measured[j.out]!));
    expect(spread(byMeasure)).toBeLessThanOrEqual(largestGroup);
    expect(spread(byEstimate)).toBeGreaterThan(2 * spread(byMeasure));
    expect(byMeasure.flat().map((j) => j.out).sort()).toEqual(plan.map((j) => j.out).sort());
  });

  it('scale the estimates of outputs the earlier build did not make to the measured ones', () => {
    // Measured on a machine twice as slow as the estimates; one tip sheet is new.
    const slow = Object.fromEntries(plan.filter((j) => !j.out.includes('tips-0')).map((j) => [j.out, 2 * estimatedCost(j)]));
    const parts = [1, 2].map((k) => outputsOfShard(plan, { k, n: 2, costs: { digest: 'def', ms: slow } }));
    const withEstimate = [1, 2].map((k) => outputsOfShard(plan, { k, n: 2 }));
    // Everything twice as slow, the new sheet included: the same split as by estimate.
    expect(parts.map((p) => p.map((j) => j.out))).toEqual(withEstimate.map((p) => p.map((j) => j.out)));
  });

  it('are recorded with how they were split, and merge refuses parts of different splits', () => {
    expect(splitBasis({ k: 1, n: 2 })).toBe('estimated');
    expect(splitBasis({ k: 1, n: 2, costs })).toBe('measured abc');
    const part = (dir: string, k: number, n: number, split = 'estimated') => ({ dir, shard: { k, n, split } });
    expect(splitProblem([part('out-1', 1, 2), part('out-2', 2, 2)])).toBeUndefined();
    expect(splitProblem([{ dir: 'a' }, { dir: 'b' }])).toBeUndefined();
    const missing = splitProblem([part('out-1', 1, 3), part('out-3', 3, 3)]);
    expect(format(missing!)).toContain('part 2 of 3 is not among the folders');
    expect(format(missing!)).toContain('--shard 2/3');
    expect(format(splitProblem([part('out-1', 1, 2), part('out-2', 2, 2, 'measured abc')])!)).toContain('different splits');
    expect(format(splitProblem([part('out-1', 1, 2), part('out-1b', 1, 2)])!)).toContain('part 1/2 is given twice (out-1, out-1b)');
  });
});
