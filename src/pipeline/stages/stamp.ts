/**
 * Stage `stamp`: the no-op fast path (build-stamp.ts). When nothing a build reads changed
 * since the last clean build, report every output as skipped and stop before reading a
 * single document. Otherwise forget the old stamp; `remember` writes the new one.
 */
import { forgetStamp, inputsDigest, matchingStamp } from '../build-stamp.js';
import type { BuildOptions } from '../build-session.js';
import { TOOL_VERSION, type Selection } from '../plan.js';
import { STOP, type BuildStage } from './stage.js';

/** The digest of everything the build reads, for the stamp it leaves. */
export interface Stamped {
  inputsDigest: string;
}

/** The options that decide what a build makes (for the stamp). */
function selectionOf(o: BuildOptions): Selection {
  return { documents: o.documents, brands: o.brands, langs: o.langs, kinds: o.kinds, variants: o.variants, release: o.release, shard: o.shard };
}

/** Stop with every output skipped when the stamp of the last clean build matches. */
export const checkStamp: BuildStage<object, Stamped> = {
  name: 'stamp',
  inCheck: false,
  run(_input, session) {
    const { options, paths, report } = session;
    // Without the catalogue, a later build with it must not be a no-op.
    const catalogue = options.catalogue === false ? { catalogue: false } : {};
    const digest = inputsDigest(session.code, TOOL_VERSION, { ...selectionOf(options), force: !!options.force, pdfx: session.pdfx, ...catalogue });
    // Remote logos can change without a file here changing: with allowed hosts, always look.
    const remote = session.config.config.remoteImages.allow.length > 0;
    const stamp = options.force || options.clean || remote ? undefined : matchingStamp(paths, digest);
    if (stamp) {
      report.outputs = stamp.outputs.map((o) => ({ ...o, status: 'skipped' as const, ms: 0 }));
      report.diagnostics.push(...stamp.warnings);
      for (const [k, v] of Object.entries(stamp.sources)) report.sources.set(k, v);
      return STOP;
    }
    forgetStamp(paths);
    return { inputsDigest: digest };
  },
};
