/**
 * Stage `remember`: a clean, complete build leaves a stamp for the no-op fast path (the
 * `stamp` stage of the next build). Ctrl-C during the catalogue still counts as
 * interrupted: the caller exits 130 and no stamp is left.
 */
import { uniqueDiagnostics } from '../../diagnostics/diagnostic.js';
import { writeStamp } from '../build-stamp.js';
import type { BuildStage } from './stage.js';
import type { Stamped } from './stamp.js';

/** Write the stamp of a build without errors. */
export const rememberBuild: BuildStage<Stamped, object> = {
  name: 'remember',
  inCheck: false,
  run({ inputsDigest }, session) {
    const { options, paths, report } = session;
    report.interrupted ||= !!options.signal?.aborted;
    if (report.interrupted || report.diagnostics.some((d) => d.severity === 'error')) return {};
    const warned = new Set(report.diagnostics.map((d) => d.file).filter((f): f is string => !!f));
    writeStamp(paths, {
      digest: inputsDigest,
      outputs: report.outputs.map(({ out, document, pages, bytes }) => ({ out, document, pages, bytes })),
      warnings: uniqueDiagnostics(report.diagnostics),
      sources: Object.fromEntries([...report.sources].filter(([f]) => warned.has(f))),
    });
    return {};
  },
};
