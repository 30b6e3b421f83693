import { build, type BuildReport } from '../pipeline/build.js';
import { StopRequested } from '../pipeline/stop-requested.js';
import { createProgress } from './progress.js';
import { list, projectRoot, typedPath, type CliIO } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { reportJson, summaryTable } from './summary.js';
import { diag } from '../diagnostics/errors.js';
import { documentSelectors } from './document-selectors.js';
import { parseWorkers } from './parse-workers.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { readShardCosts } from '../output/shard-costs.js';
import { resolve } from 'node:path';

export interface BuildArgs {
  /** Positional arguments: documents, like `--doc`. */
  _?: string[];
  doc?: string | string[];
  brand?: string | string[];
  lang?: string | string[];
  kind?: string | string[];
  variant?: string | string[];
  out?: string;
  clean?: boolean;
  force?: boolean;
  release?: boolean;
  pdfx?: boolean;
  json?: boolean;
  /** False with --no-catalogue: no index.html or thumbnails. */
  catalogue?: boolean;
  format?: string;
  workers?: string;
  shard?: string;
  /** A manifest.json (or output folder) whose render times balance the shards. */
  costs?: string;
}

/** Parse `--shard k/n`. */
export function parseShard(v: string | undefined): { k: number; n: number } | undefined | Error {
  if (!v) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) return new Error(`--shard takes k/n with 1 ≤ k ≤ n, e.g. 1/4; found "${v}"`);
  return { k, n };
}

/** `drukklaar build`: build the selected outputs, print the diagnostics and a summary; returns the exit code. */
export async function runBuild(args: BuildArgs, io: CliIO): Promise<number> {
  const format = (args.format ?? 'long') as DiagnosticFormat;
  const shard = parseShard(args.shard);
  if (shard instanceof Error) {
    printDiagnostics(io, [diag('UsageInvalid', { reason: 'parser', cause: shard.message })], format, new Map());
    return 2;
  }
  if (args.costs !== undefined && !shard) {
    printDiagnostics(io, [diag('UsageInvalid', { reason: 'costsWithoutShard' })], format, new Map());
    return 2;
  }
  const costs = shard && args.costs !== undefined ? readShardCosts(resolve(io.cwd, args.costs), args.costs) : undefined;
  if (costs && 'code' in costs) {
    printDiagnostics(io, [costs], format, new Map());
    return 2;
  }
  const workers = parseWorkers(args.workers);
  if (typeof workers === 'object') {
    printDiagnostics(io, [workers], format, new Map());
    return 2;
  }
  const tty = !!io.stderr.isTTY && !io.env.CI;
  const progress = createProgress(io.stderr, args.json ? 'silent' : tty ? 'tty' : 'plain');
  // The whole build may be stopped at once (src/cli.ts), except while an output's files and the
  // manifest that lists them are written (protectWrites): a stop then waits for that and the
  // build ends as interrupted. The next build sweeps temporary files a stop left and takes over
  // the lock. A stop that came before the build began is answered here.
  const buildProject = (protectWrites?: <W>(write: () => Promise<W>) => Promise<W>) => build({
    root: projectRoot(io),
    outDir: typedPath(io, args.out),
    documents: documentSelectors(projectRoot(io), [...(list(args.doc) ?? []), ...(args._ ?? [])], io.cwd),
    brands: list(args.brand),
    langs: list(args.lang),
    kinds: list(args.kind),
    variants: list(args.variant),
    clean: !!args.clean,
    force: !!args.force,
    release: !!args.release,
    ...(args.pdfx ? { pdfx: true } : {}),
    ...(args.catalogue === false ? { catalogue: false } : {}),
    workers,
    ...(shard ? { shard: { ...shard, ...(costs ? { costs } : {}) } } : {}),
    // SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the date printed in the files.
    ...(io.env.SOURCE_DATE_EPOCH ? { date: new Date(Number(io.env.SOURCE_DATE_EPOCH) * 1000) } : {}),
    reporter: progress,
    ...(io.signal ? { signal: io.signal } : {}),
    ...(protectWrites ? { protectWrites } : {}),
  });
  let report: BuildReport;
  try {
    report = await (io.stopAtOnce ? io.stopAtOnce(buildProject) : buildProject());
  } catch (e) {
    if (!(e instanceof StopRequested)) throw e;
    progress.finish();
    io.stderr.write('interrupted before the build began: nothing was written\n');
    return 130;
  }
  progress.finish();
  if (args.json) io.stdout.write(reportJson(report));
  else {
    printDiagnostics(io, report.diagnostics, format, report.sources);
    if (!report.locked) io.stderr.write(summaryTable(report));
  }
  if (report.interrupted) return 130;
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
