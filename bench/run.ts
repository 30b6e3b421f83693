/**
 * `npm run bench`: how fast and lean drukklaar is, against real peers in the same run.
 * Prints a table and writes bench/results.json. Not part of the tests: timings vary
 * with the machine, so targets are ratios measured here, side by side.
 */
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectPaths } from '../src/project.js';
import { cli, cliRun, log, median, repo, rows, RUNS, scratch, type Row } from './harness.js';
import { bidiConformance, growthCurve, renderOnly, watchLatency, workerScaling } from './measures.js';
import { startupRows } from './startup.js';
import { tipSheetPeers } from './tip-sheet-peers.js';
import { brandMarginal } from './brand-marginal.js';
import { metColumn } from './missed-by.js';
import { writeReadmeTable } from './readme-table.js';

async function main() {
  // BENCH_ONLY=bidi: only the bidi conformance test (needs no project copy).
  if (process.env.BENCH_ONLY === 'bidi') return bidiConformance();
  const dir = scratch();
  try {
    await measure(dir, projectPaths(dir));
  } finally {
    // Every part, partial runs too, leaves /tmp as it found it unless asked to keep the copy.
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** The measures (all, or the part BENCH_ONLY names) in the project copy `dir`. */
async function measure(dir: string, paths: ReturnType<typeof projectPaths>): Promise<void> {
  log(`bench: project copy in ${dir}; ${RUNS} runs for steady-state timings`);

  // BENCH_ONLY=render: only the steady-state render of the tip sheet (for --cpu-prof).
  if (process.env.BENCH_ONLY === 'render') return renderOnly(paths);
  if (process.env.BENCH_ONLY === 'scaling') {
    const { scale1, scale2 } = await workerScaling(dir, paths);
    process.stdout.write(`render stage: 1 worker ${scale1} ms, 2 workers ${scale2} ms, ${(scale1 / scale2).toFixed(2)}×\n`);
    return;
  }
  if (process.env.BENCH_ONLY === 'growth') {
    await growthCurve(dir);
    for (const r of rows) process.stdout.write(`${r.name}: ${r.unit === '×' ? r.value.toFixed(2) : Math.round(r.value)} ${r.unit}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  // BENCH_ONLY=startup: only the start-up of check, list and status.
  if (process.env.BENCH_ONLY === 'startup') {
    for (const r of startupRows(cli, dir)) process.stdout.write(`${r.id}: ${Math.round(r.value)} ms${r.target ? ` (${r.target}: ${r.ok ? 'yes' : 'NO'})` : ''}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  // BENCH_ONLY=brands: only what each extra brand of a document costs (brand-marginal.ts).
  if (process.env.BENCH_ONLY === 'brands') {
    for (const r of await brandMarginal(paths, log)) process.stdout.write(`${r.id}: ${r.unit === '×' ? r.value.toFixed(2) : Math.round(r.value)} ${r.unit}${r.target ? ` (${r.target}: ${metColumn(r)})` : ''}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  if (process.env.BENCH_ONLY === 'watch') {
    process.stdout.write(`watch: edit → first new PDF ${Math.round(await watchLatency(dir, paths))} ms\n`);
    return;
  }

  // BENCH_ONLY=peers: only the tip sheet against Typst and Chromium (5. below).
  if (process.env.BENCH_ONLY !== 'peers') {
    // 1. Start-up: process start to the first PDF of one document. First as on a fresh
    // install (no V8 code cache, no shaped text kept), then as a user runs it again.
    const startArgs = (out: string) => ['build', '--doc', 'tips12', '--brand', 'basisschool-de-vlieger', '--out', out];
    const fresh = await cliRun(dir, startArgs('start-fresh'), { DRUKKLAAR_NO_COMPILE_CACHE: '1' });
    const startRuns: number[] = [];
    const exitRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await cliRun(dir, startArgs(`start-${i}`));
      startRuns.push(r.report.firstPdfAt ?? NaN);
      exitRuns.push(r.ms);
    }
    const startMs = median(startRuns);
    rows.push({ name: 'process start → first PDF, first run (no caches)', value: fresh.report.firstPdfAt ?? NaN, unit: 'ms' });
    rows.push({ id: 'first_pdf_ms', name: 'process start → first PDF (one document, again)', value: startMs, unit: 'ms', target: '< 1000 ms', ok: startMs < 1000 });
    rows.push({ name: 'process start → exit (with catalogue and thumbnail)', value: median(exitRuns), unit: 'ms' });

    rows.push(...startupRows(cli, dir));

    // 2. Cold build of the whole catalogue: as `npm run build` does it (auto), and with 2
    // render workers; peak memory. Cold: no output and an empty project cache (shaped
    // text, logos), as on a fresh clone.
    const cold = (args: string[]) => {
      rmSync(resolve(dir, '.cache'), { recursive: true, force: true });
      return cliRun(dir, args);
    };
    const coldAuto = await cold(['build', '--out', 'cold-0']);
    const cold2 = await cold(['build', '--out', 'cold-2', '--workers', '2']);
    const outputs = coldAuto.report.outputs.filter((o) => o.status === 'built').length;
    rows.push({ id: 'cold_catalogue_ms', name: `cold build, whole catalogue (${outputs} PDFs), default`, value: coldAuto.ms, unit: 'ms' });
    rows.push({ name: '  its render stage (thumbnails drawn alongside)', value: coldAuto.report.stages.render ?? NaN, unit: 'ms' });
    rows.push({ name: 'cold build, --workers 2', value: cold2.ms, unit: 'ms' });
    rows.push({ name: '  its render stage', value: cold2.report.stages.render ?? NaN, unit: 'ms' });
    rows.push({ name: '  its catalogue stage (thumbnails after)', value: cold2.report.stages.catalogue ?? NaN, unit: 'ms' });
    const peak = coldAuto.report.maxRssMb;
    rows.push({ id: 'peak_mb', name: 'peak memory, cold build (default)', value: peak, unit: 'MB', target: '< 500 MB', ok: peak < 500 });
    const peak2 = cold2.report.maxRssMb;
    rows.push({ id: 'peak_workers2_mb', name: 'peak memory, cold build (--workers 2)', value: peak2, unit: 'MB', target: '< 500 MB', ok: peak2 < 500 });

    // 3. No-op rebuild and one changed document, in the output of the last cold build (each
    // cold build empties the project cache, so only the last one's stamp is there).
    const noop = await cliRun(dir, ['build', '--out', 'cold-2']);
    rows.push({ name: 'no-op rebuild, whole catalogue (process)', value: noop.ms, unit: 'ms' });
    rows.push({ id: 'noop_ms', name: 'no-op rebuild after start-up (build itself)', value: noop.report.ms, unit: 'ms', target: '< 300 ms', ok: noop.report.ms < 300 });
    appendFileSync(resolve(dir, 'content/bench/tips12.nl.md'), '\n');
    const one = await cliRun(dir, ['build', '--out', 'cold-2']);
    rows.push({ name: 'one changed document (all its brands)', value: one.ms, unit: 'ms' });

    // Worker scaling: after the no-op build, as it empties the project cache (and its stamp).
    const { scale1, scale2 } = await workerScaling(dir, paths);
    rows.push({ name: 'render stage, 1 worker thread', value: scale1, unit: 'ms' });
    rows.push({ name: 'render stage, 2 worker threads', value: scale2, unit: 'ms' });
    const scaling = scale1 / scale2;
    rows.push({ id: 'render_scaling_2', name: 'speed-up of rendering, 2 workers vs 1', value: scaling, unit: '×', target: '≥ 1.7×', ok: scaling >= 1.7 });

    // 4. Watch: an edit to the first new PDF, in one long-running process.
    const editMs = await watchLatency(dir, paths);
    rows.push(...(await brandMarginal(paths, log)));
    rows.push({ id: 'watch_edit_ms', name: 'watch: edit → first new PDF', value: editMs, unit: 'ms', target: '< 150 ms', ok: editMs < 150 });
  }

  await tipSheetPeers(dir, paths);

  if (!process.env.BENCH_ONLY) {
    await growthCurve(dir);
    bidiConformance();
  }

  const w = Math.max(...rows.map((r) => r.name.length));
  const fmt = (r: Row) => (Number.isFinite(r.value) ? (r.unit === '×' ? r.value.toFixed(2) : r.unit === '%' ? r.value.toFixed(1) : Math.round(r.value).toString()) : 'n/a');
  process.stdout.write(`\n${'measure'.padEnd(w)}  ${'value'.padStart(8)}  unit  target       met\n`);
  for (const r of rows) process.stdout.write(`${r.name.padEnd(w)}  ${fmt(r).padStart(8)}  ${r.unit.padEnd(4)}  ${(r.target ?? '').padEnd(11)}  ${metColumn(r)}\n`);
  const results = { date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, runs: RUNS, rows };
  // A partial run (BENCH_ONLY) prints its rows but leaves the full run's results in place.
  if (!process.env.BENCH_ONLY) {
    writeFileSync(resolve(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    writeReadmeTable(repo);
    process.stdout.write(`\nwrote bench/results.json${process.env.BENCH_KEEP ? `; peer PDFs in ${dir}` : ''}\n`);
  }
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
