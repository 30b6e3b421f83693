/**
 * Stage `unchanged`: the previous manifest decides what is left to make. An output whose
 * digest is unchanged and whose file (and print file) is there is skipped; the outputs of
 * a document that failed keep their previous file, marked stale.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readManifest, type Manifest } from '../../output/manifest.js';
import { isPrintable, printFileName } from '../../print/print-stage.js';
import { TOOL_VERSION, type Job } from '../plan.js';
import { splitBasis } from '../shard-split.js';
import type { WithDocuments } from './documents.js';
import type { Planned } from './plan.js';
import type { WithPrinter } from './printer.js';
import type { BuildStage } from './stage.js';

/** The manifest as the last build left it, and the one this build writes (starting from it). */
export interface WithManifest {
  previous?: Manifest;
  manifest: Manifest;
  todo: Job[];
}

/** Skip the outputs that are up to date; start this build's manifest from the last one. */
export const skipUnchanged: BuildStage<Planned & WithDocuments & WithPrinter, WithManifest> = {
  name: 'unchanged',
  inCheck: false,
  run({ jobs, documents, printer }, session) {
    const { options, paths, report } = session;
    const previous = readManifest(paths.output);
    const manifest: Manifest = {
      tool: 'drukklaar',
      version: TOOL_VERSION,
      ...(options.shard ? { shard: { k: options.shard.k, n: options.shard.n, split: splitBasis(options.shard) } } : {}),
      outputs: { ...(previous?.outputs ?? {}) },
    };
    for (const out of Object.keys(manifest.outputs)) if (!existsSync(resolve(paths.output, out))) delete manifest.outputs[out];

    // Outputs of documents that failed keep their previous file, marked stale.
    for (const [out, entry] of Object.entries(manifest.outputs)) {
      if (documents.failed.has(entry.document) && existsSync(resolve(paths.output, out))) {
        manifest.outputs[out] = { ...entry, stale: true };
        report.outputs.push({ out, document: entry.document, status: 'failed', pages: entry.pages, bytes: entry.bytes, ms: 0, stale: true });
      }
    }

    const todo: Job[] = [];
    for (const job of jobs) {
      const prev = manifest.outputs[job.out];
      const printMissing = !!printer && isPrintable(job.variant, job.doc.meta.status) && !existsSync(resolve(paths.output, printFileName(job.out)));
      if (!options.force && prev && prev.digest === job.digest && !prev.stale && existsSync(resolve(paths.output, job.out)) && !printMissing) {
        report.outputs.push({ out: job.out, document: job.doc.source.path, status: 'skipped', pages: prev.pages, bytes: prev.bytes, ms: 0 });
      } else todo.push(job);
    }
    return { ...(previous ? { previous } : {}), manifest, todo };
  },
};
