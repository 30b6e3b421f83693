/**
 * Which outputs one shard (`build --shard k/n`) builds. Every shard plans every output and
 * makes the same split, so the parts are disjoint and together whole. The split balances the
 * render time, not the number of outputs: the variants of one document for one brand stay on
 * one shard (a fillable variant reuses its printed layout; fonts and shaped text are warm),
 * and these groups go, longest first, to the shard with the least work so far (longest
 * processing time first). The time of an output is what an earlier build measured
 * (`--costs`, shard-costs.ts), or else an estimate from its kind and length.
 */
import type { Job } from './plan.js';

/** Layout time per piece of text, from the growth curve of `npm run bench` (1,000 questions ≈ 2.9 s). */
const MS_PER_TEXT = 3;

/** Which part of how many, and the render times an earlier build measured (ms per output path). */
export interface Shard {
  k: number;
  n: number;
  costs?: { digest: string; ms: Readonly<Record<string, number>> };
}

/**
 * The estimated render time of one output: its kind's typical time, plus its document's length.
 * @param texts optional: the document's count of pieces of text, when already known
 */
export function estimatedCost(job: Job, texts = job.doc.kind.texts(job.doc.model).length): number {
  return job.doc.kind.renderCost + MS_PER_TEXT * texts;
}

/**
 * The render time of every output: measured where the costs have it, estimated elsewhere.
 * The estimates are scaled by how measured times compare with estimates on the outputs that
 * have both, so a new document weighs the same as its measured neighbours (machines differ).
 */
function costsOf(jobs: readonly Job[], measured: Readonly<Record<string, number>> = {}): Map<Job, number> {
  const texts = new Map<Job['doc'], number>(); // a document's texts are counted once
  const estimate = new Map<Job, number>();
  let measuredSum = 0;
  let estimatedSum = 0;
  for (const job of jobs) {
    if (!texts.has(job.doc)) texts.set(job.doc, job.doc.kind.texts(job.doc.model).length);
    const e = estimatedCost(job, texts.get(job.doc));
    estimate.set(job, e);
    const m = measured[job.out];
    if (isTime(m)) {
      measuredSum += m;
      estimatedSum += e;
    }
  }
  const scale = measuredSum > 0 && estimatedSum > 0 ? measuredSum / estimatedSum : 1;
  return new Map(jobs.map((job) => {
    const m = measured[job.out];
    return [job, isTime(m) ? m : estimate.get(job)! * scale];
  }));
}

const isTime = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms > 0;

/**
 * The outputs of shard k of n, in the order given.
 * @param jobs every output of the build, in plan order
 * @param shard which part (1-based) of how many, and measured render times if known
 */
export function outputsOfShard(jobs: readonly Job[], shard: Shard): Job[] {
  const cost = costsOf(jobs, shard.costs?.ms);
  const groups = new Map<string, { cost: number; outs: string[] }>();
  for (const job of jobs) {
    const key = `${job.doc.source.path}\n${job.brand.id}`;
    const g = groups.get(key) ?? { cost: 0, outs: [] };
    g.cost += cost.get(job)!;
    g.outs.push(job.out);
    groups.set(key, g);
  }
  const load = Array.from({ length: shard.n }, () => 0);
  const mine = new Set<string>();
  const order = [...groups].sort(([pa, a], [pb, b]) => b.cost - a.cost || pa.localeCompare(pb));
  for (const [, g] of order) {
    const target = load.indexOf(Math.min(...load));
    load[target]! += g.cost;
    if (target === shard.k - 1) for (const out of g.outs) mine.add(out);
  }
  return jobs.filter((j) => mine.has(j.out));
}

/** How a split was made, recorded in each shard's manifest so `merge` can tell parts of different splits apart. */
export function splitBasis(shard: Shard): string {
  return shard.costs ? `measured ${shard.costs.digest}` : 'estimated';
}
