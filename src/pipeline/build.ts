/**
 * The build: a declared list of named stages (src/pipeline/stages/), each a function from
 * what the stages before it made to what it adds, and a runner. `check` runs the stages
 * marked `inCheck` up to `preflight`, so it cannot drift from the build. One bad document
 * never stops the others; a failed output keeps its last good PDF.
 */
import { uniqueDiagnostics } from '../diagnostics/diagnostic.js';
import type { BuildReport } from './build-report.js';
import { BuildSession, type BuildOptions } from './build-session.js';
import { writeBuildCatalogue } from './stages/catalogue.js';
import { loadBuildDocuments } from './stages/documents.js';
import { loadBuildInputs } from './stages/inputs.js';
import { lockOutput } from './stages/lock.js';
import { writeBuildManifest } from './stages/manifest.js';
import { planOutputs } from './stages/plan.js';
import { checkBeforeRendering } from './stages/preflight.js';
import { preparePrinting } from './stages/printer.js';
import { rememberBuild } from './stages/remember.js';
import { renderOutputs } from './stages/render.js';
import { checkStamp } from './stages/stamp.js';
import { skipUnchanged } from './stages/unchanged.js';
import { STOP, type BuildStage, type StagesChain } from './stages/stage.js';

export type { BuildOptions } from './build-session.js';
export type { BuildReport, BuildReporter, OutputResult, OutputStatus } from './build-report.js';
export { scheduleByDocument } from './stages/schedule.js';

/** The stages of a build, in order (the README lists them). */
const stages = [
  lockOutput, // take the output folder; remove a killed build's temporary files; --clean
  checkStamp, // nothing changed since the last clean build: every output skipped, stop
  preparePrinting, // Ghostscript for print files, when they are on
  loadBuildInputs, // brands and languages; the selection checked against them
  loadBuildDocuments, // decode → front matter → kind → validate → markdown → model → link
  planOutputs, // document × brand × variant, each with its digest
  skipUnchanged, // skip outputs whose digest is unchanged
  checkBeforeRendering, // glyphs, pictograms, text that must fit: the last check before rendering
  renderOutputs, // render and write each output atomically
  writeBuildManifest, // the output folder's manifest.json
  writeBuildCatalogue, // index.html and thumbnails
  rememberBuild, // a stamp for the no-op fast path
] as const;
// Each stage gets what it reads from the stages before it: checked by the compiler.
true satisfies StagesChain<typeof stages>;

/** The stages of a build, in order. */
export const buildStages: readonly BuildStage<never, object>[] = stages;

/** The stages `check` runs: those that only read and check, up to the last check before rendering. */
export const checkStages = buildStages.slice(0, buildStages.indexOf(checkBeforeRendering) + 1).filter((s) => s.inCheck);

/**
 * Run stages in order over one session, each given what the stages before it made;
 * stops early when a stage says so. The time of each stage goes into the report.
 * @returns what the stages made (up to the one that stopped)
 */
export async function runStages(stages: readonly BuildStage<never, object>[], session: BuildSession): Promise<object> {
  let artifact: object = {};
  for (const stage of stages) {
    const start = performance.now();
    const made = await (stage as BuildStage<object, object>).run(artifact, session);
    session.report.stages[stage.name] = Math.round(performance.now() - start);
    if (made === STOP) return artifact;
    artifact = { ...artifact, ...made };
  }
  return artifact;
}

/**
 * Build the selected outputs of a project.
 * @param options what to build, where, and how
 * @param session optional: a session kept across builds (watch, serve); default: one for this build
 */
export async function build(options: BuildOptions, session = new BuildSession(options)): Promise<BuildReport> {
  session.startBuild(options);
  const { report } = session;
  try {
    await runStages(buildStages, session);
  } finally {
    await session.finishBuild();
  }
  report.outputs.sort((a, b) => a.out.localeCompare(b.out));
  // A document with errors is one whose file failed or any of whose outputs failed.
  report.failedDocuments = [...new Set([...report.failedDocuments, ...report.outputs.filter((o) => o.status === 'failed').map((o) => o.document)])].sort();
  // An error found for every output of a document (each brand) is one error.
  report.diagnostics = uniqueDiagnostics(report.diagnostics);
  report.ms = session.elapsed();
  return report;
}
