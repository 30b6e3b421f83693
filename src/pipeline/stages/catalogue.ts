/**
 * Stage `catalogue`: the output folder's index.html and its thumbnails (src/catalogue).
 * Runs with the render workers gone (their memory is freed before the thumbnails take
 * theirs) and every core free for thumbnails. Its failure is a diagnostic, never a failed
 * PDF. Skipped when the build was interrupted, or with the `catalogue: false` option.
 */
import { defaultThumbnailThreads } from '../../catalogue/thumbnail.js';
import { writeCatalogue } from '../../catalogue/write-catalogue.js';
import type { Inputs } from './inputs.js';
import type { Planned } from './plan.js';
import type { WithThumbnails } from './render.js';
import type { BuildStage } from './stage.js';
import type { WithManifest } from './unchanged.js';

/** Write the catalogue. */
export const writeBuildCatalogue: BuildStage<Inputs & Planned & WithManifest & WithThumbnails, object> = {
  name: 'catalogue',
  inCheck: false,
  async run({ jobs, manifest, brands, languages, thumbnailer, thumbnails }, session) {
    const { options, paths, report } = session;
    if (!session.persistent) await session.closeRenderer();
    if (thumbnailer) thumbnailer.threads = defaultThumbnailThreads();
    if (report.interrupted || options.catalogue === false) return {};
    const variantLabels = new Map(jobs.flatMap((j): [string, string][] => (j.variant.label ? [[j.out, j.variant.label]] : [])));
    const catalogue = await writeCatalogue({
      outDir: paths.output,
      outputs: manifest.outputs,
      brands: brands.brands,
      languages: languages.languages,
      variantLabels,
      duplex: new Map(
        jobs.flatMap((j): [string, string][] => {
          const d = j.doc.kind.duplex?.(j.doc.meta);
          return d ? [[j.out, d]] : [];
        }),
      ),
      ...(options.brands ? { selectedBrands: options.brands } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(thumbnailer ? { thumbnailer, startedWhileRendering: thumbnails } : {}),
    });
    report.diagnostics.push(...catalogue.diagnostics);
    return {};
  },
};
