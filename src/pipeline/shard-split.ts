/**
 * Which outputs one shard (`build --shard k/n`) builds. Every shard plans every output and
 * makes the same split, so the parts are disjoint and together whole. The split balances the
 * estimated render time, not the number of outputs: the variants of one document for one
 * brand stay on one shard (a fillable variant reuses its printed layout; fonts and shaped
 * text are warm), and these groups go, longest first, to the shard with the least work so
 * far (longest processing time first).
 */
import type { Job } from './plan.js';

/** Layout time per piece of text, from the growth curve of `npm run bench` (1,000 questions ≈ 2.9 s). */
const MS_PER_TEXT = 3;

/**
 * The estimated render time of one output: its kind's typical time, plus its document's length.
 * @param texts optional: the document's count of pieces of text, when already known
 */
export function estimatedCost(job: Job, texts = job.doc.kind.texts(job.doc.model).length): number {
  return job.doc.kind.renderCost + MS_PER_TEXT * texts;
}

/**
 * The outputs of shard k of n, in the order given.
 * @param jobs every output of the build, in plan order
 * @param shard which part (1-based) of how many
 */
export function outputsOfShard(jobs: readonly Job[], shard: { k: number; n: number }): Job[] {
  const groups = new Map<string, { cost: number; outs: string[] }>();
  // A document's texts are counted once, not once per brand and variant.
  const texts = new Map<Job['doc'], number>();
  for (const job of jobs) {
    if (!texts.has(job.doc)) texts.set(job.doc, job.doc.kind.texts(job.doc.model).length);
    const key = `${job.doc.source.path}\n${job.brand.id}`;
    const g = groups.get(key) ?? { cost: 0, outs: [] };
    g.cost += estimatedCost(job, texts.get(job.doc));
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
