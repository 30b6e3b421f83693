/**
 * Stage `render`: render and write each output still to make, by document, longest first
 * (schedule.ts), in this thread or on workers. A failed output keeps its last good PDF
 * (marked stale); the manifest is written after each output, so that a build killed midway
 * leaves files and manifest in agreement. With a core to spare, each PDF's thumbnail is
 * drawn on a worker as soon as the PDF is written.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createThumbnailer, type Thumbnail, type Thumbnailer } from '../../catalogue/thumbnail.js';
import { thumbnailsMissing } from '../../catalogue/thumbnails.js';
import { DiagnosticsError, inFile, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/errors.js';
import { writeManifest } from '../../output/manifest.js';
import type { OutputResult } from '../build-report.js';
import type { BuildSession } from '../build-session.js';
import type { Job } from '../plan.js';
import { renderScopeKey, taskOf } from '../preflight.js';
import type { Render } from '../renderer.js';
import type { Checked } from './preflight.js';
import type { Planned } from './plan.js';
import type { WithPrinter } from './printer.js';
import { scheduleByDocument } from './schedule.js';
import type { BuildStage } from './stage.js';
import type { WithManifest } from './unchanged.js';
import { manifestEntry, writeOutputFiles } from './write-output.js';

/** Thumbnails drawn while rendering, for the catalogue stage to use. */
export interface WithThumbnails {
  thumbnailer?: Thumbnailer;
  thumbnails: Map<string, Promise<Thumbnail>>;
}

type RenderInputs = Planned & WithManifest & Checked & WithPrinter;

/** Render and write the outputs still to make. */
export const renderOutputs: BuildStage<RenderInputs, WithThumbnails> = {
  name: 'render',
  inCheck: false,
  async run(input, session) {
    const { options, paths, report } = session;
    const { jobs, todo, manifest } = input;
    const renderer = session.renderer;
    const groups = scheduleByDocument(todo, input.previous);
    // The thumbnail worker starts with the first PDF written, not before: starting it (and
    // loading pdfjs) beside the first render delayed that first PDF by ~140 ms; with a
    // single PDF there is nothing to overlap. Watch and serve (a persistent session) draw
    // the few thumbnails of a rebuild in the catalogue stage.
    const drawAlongside = options.catalogue !== false && !session.persistent && todo.length > 1 && renderer.threads(groups) < availableParallelism();
    const needsThumbnail = thumbnailsMissing(paths.output);
    const thumbnails = new Map<string, Promise<Thumbnail>>();
    let thumbnailer: Thumbnailer | undefined;
    options.reporter?.start?.(jobs.length);
    let done = report.outputs.filter((o) => o.status === 'skipped').length;
    const date = (options.date ?? new Date()).toISOString();

    const finish = (r: OutputResult) => {
      report.outputs.push(r);
      options.reporter?.output?.(r, ++done, jobs.length);
    };
    const renderAndWrite = async (job: Job, render: Render) => {
      if (options.signal?.aborted) return;
      const file = resolve(paths.output, job.out);
      const hadFile = existsSync(file);
      const fail = (d?: Diagnostic) => {
        if (d) report.diagnostics.push(d);
        const prev = manifest.outputs[job.out];
        if (prev && hadFile) manifest.outputs[job.out] = { ...prev, stale: true };
        finish({ out: job.out, document: job.doc.source.path, status: 'failed', pages: prev?.pages ?? 0, bytes: prev?.bytes ?? 0, ms: 0, stale: hadFile });
      };
      if (input.refused.has(job.out)) return fail();
      options.reporter?.current?.(job.out);
      const t = performance.now();
      const task = { ...taskOf(job, date, paths), shapingKey: renderScopeKey(job.doc) };
      let rendered;
      try {
        rendered = await render(task);
      } catch (e) {
        if (e instanceof DiagnosticsError) {
          report.diagnostics.push(...inFile(job.doc.source.path, e.diagnostics));
          return fail();
        }
        return fail(diag('RenderFailed', { output: job.out, cause: (e as Error).message.split('\n')[0]! }, { file: job.doc.source.path }));
      }
      if (rendered.warnings) report.diagnostics.push(...inFile(job.doc.source.path, rendered.warnings));
      const protect = options.protectWrites ?? ((write) => write());
      try {
        await protect(async () => {
          const written = await writeOutputFiles(job, rendered, paths.output, input.printer, new Date(date));
          report.diagnostics.push(...written.diagnostics);
          const ms = Math.round(performance.now() - t);
          manifest.outputs[job.out] = manifestEntry(job, rendered, written.extras, ms);
          report.firstPdfAt ??= Math.round(performance.now());
          if (drawAlongside && !thumbnailer) {
            thumbnailer = createThumbnailer({ threads: 1 });
            const started = thumbnailer;
            session.atBuildEnd(() => started.close());
          }
          if (thumbnailer && needsThumbnail(job.digest)) {
            const thumb = thumbnailer.render(file);
            thumb.catch(() => {}); // reported by the catalogue stage
            thumbnails.set(file, thumb);
          }
          // Keep the manifest in step with the files, so a build killed midway leaves both in agreement.
          writeManifest(paths.output, manifest);
          finish({ out: job.out, document: job.doc.source.path, status: 'built', pages: rendered.pages, bytes: rendered.pdf.byteLength, ms });
        });
      } catch (e) {
        fail(diag('OutputWriteFailed', { path: job.out, cause: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
      }
    };
    await renderer.runAll(groups, renderAndWrite, options.signal);
    report.interrupted = !!options.signal?.aborted;
    return { ...(thumbnailer ? { thumbnailer } : {}), thumbnails };
  },
};
