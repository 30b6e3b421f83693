/**
 * `build --shard k/n`: parts that are disjoint, whole, the same on every machine, and
 * balanced by estimated render time rather than by the number of outputs.
 */
import { describe, expect, it } from 'vitest';
import type { Job } from '../src/pipeline/plan.js';
import { estimatedCost, outputsOfShard } from '../src/pipeline/shard-split.js';

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
