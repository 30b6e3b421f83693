/**
 * The order outputs render in: by document, longest first.
 */
import type { Manifest } from '../../output/manifest.js';
import type { Job } from '../plan.js';

/**
 * The outputs of one document go together (one worker: its shaped text and fonts are
 * warm for the other brands and variants), and the longest groups go first, so that
 * the workers finish together (longest processing time first). A group's cost is what
 * its outputs took in the last build, or the kind's estimate (`renderCost`).
 * @param todo the outputs to render
 * @param previous optional: the last build's manifest (its times)
 */
export function scheduleByDocument(todo: Job[], previous: Manifest | undefined): Job[][] {
  const groups = new Map<string, { jobs: Job[]; cost: number }>();
  for (const job of todo) {
    const key = job.doc.source.path;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { jobs: [], cost: 0 }));
    g.jobs.push(job);
    g.cost += previous?.outputs[job.out]?.ms ?? job.doc.kind.renderCost;
  }
  // Stable: equal costs keep the plan's order, so the schedule is deterministic.
  return [...groups.values()].sort((a, b) => b.cost - a.cost).map((g) => g.jobs);
}
