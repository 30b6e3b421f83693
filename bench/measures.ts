/**
 * The benchmark's measurements apart from start-up, cold builds and the tip sheet: growth
 * with document size, bidi conformance, render worker scaling, watch latency and a render
 * loop for profiling.
 */
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBrands } from '../src/brands/load-brands.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { build } from '../src/pipeline/build.js';
import { BuildSession } from '../src/pipeline/build-session.js';
import { loadDocuments } from '../src/pipeline/load-documents.js';
import { renderOutput } from '../src/pipeline/render-output.js';
import type { projectPaths } from '../src/project.js';
import type { RenderTask } from '../src/render/render-task.js';
import { BIDI_CHARACTER_TEST, readBidiCases, runBidiConformance } from './bidi-conformance.js';
import { cliRun, log, median, now, repo, rows, RUNS } from './harness.js';

/**
 * Growth: one checklist of 100, 1,000 and 10,000 questions (10,000 texts is the most a
 * document may have, preflight.ts), each built alone in a new process. The exponent of the
 * cost from 1,000 to 10,000 says how far from linear (1) it grows; the smallest size is mostly
 * start-up, so it stays out of the exponent.
 */
export async function growthCurve(dir: string): Promise<void> {
  const sizes = [100, 1000, 9990];
  const times: number[] = [];
  for (const n of sizes) {
    const questions = Array.from({ length: n }, (_, i) => `- Vraag nummer ${i + 1} over samenwerken met ouders?`).join('\n');
    mkdirSync(resolve(dir, 'content/growth'), { recursive: true });
    writeFileSync(resolve(dir, `content/growth/groei-${n}.nl.md`), `---\nkind: checklist\ntitle: Groei ${n}\nlang: nl\nattribution: A\nvariants: [both]\n---\n\n## Gedrag\n\n### Ouderbril\n${questions}\n### Schoolbril\n- Vraag?\n`);
    const r = await cliRun(dir, ['build', '--doc', `groei-${n}.nl`, '--brand', 'ouderplatform', '--out', `growth-${n}`]);
    const ms = r.report.stages.render ?? r.ms;
    times.push(ms);
    rows.push({ id: `growth_${n}_ms`, name: `checklist of ${n} questions: render stage`, value: ms, unit: 'ms' });
    rows.push({ id: `growth_${n}_mb`, name: `checklist of ${n} questions: peak memory`, value: r.report.maxRssMb, unit: 'MB' });
  }
  const exponent = Math.log(times.at(-1)! / times[1]!) / Math.log(sizes.at(-1)! / sizes[1]!);
  rows.push({ id: 'growth_exponent', name: `growth exponent, ${sizes[1]} → ${sizes.at(-1)} questions (1 = linear)`, value: exponent, unit: '×', target: '≤ 1.1', ok: exponent <= 1.1 });
}

/**
 * The Unicode Bidirectional Algorithm's conformance test, every line of
 * BidiCharacterTest.txt, through the line layout drukklaar prints with (bidi-conformance.ts).
 */
export function bidiConformance(): void {
  if (!existsSync(BIDI_CHARACTER_TEST)) {
    log(`bench: ${BIDI_CHARACTER_TEST} is missing (Debian package unicode-data): bidi conformance not measured`);
    return;
  }
  const t = now();
  const report = runBidiConformance(readBidiCases(), resolve(repo, 'assets/fonts/NotoSans-Regular.ttf'), 5);
  log(`bench: BidiCharacterTest ${report.passed}/${report.total} in ${Math.round(now() - t)} ms (${report.skipped} lines with paragraph separators left out)`);
  for (const f of report.failures) log(`  line ${f.line}: expected ${f.expected}, laid out ${f.actual}`);
  rows.push({ id: 'bidi_conformance_pct', name: `BidiCharacterTest lines in the reference visual order (of ${report.total})`, value: (100 * report.passed) / report.total, unit: '%', target: '100 %', ok: report.passed === report.total });
}

/**
 * Worker scaling: the render stage alone (no thumbnails beside it), on 1 and then 2
 * worker threads, in this process, each from an empty cache.
 */
export async function workerScaling(dir: string, paths: ReturnType<typeof projectPaths>): Promise<{ scale1: number; scale2: number }> {
  const renderStage = async (workers: number) => {
    rmSync(resolve(dir, '.cache'), { recursive: true, force: true });
    const report = await build({ root: dir, outDir: `scale-${workers}`, workers, force: true });
    return report.stages.render ?? NaN;
  };
  const scale1 = await renderStage(1);
  const scale2 = await renderStage(2);
  return { scale1, scale2 };
}

/** Median time from saving a document to its first new PDF, with one warm renderer (as `watch`). */
export async function watchLatency(dir: string, paths: ReturnType<typeof projectPaths>): Promise<number> {
  const watchOpts = { root: dir, outDir: 'watch' };
  const session = new BuildSession(watchOpts, true);
  await build(watchOpts, session);
  const editRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    appendFileSync(resolve(dir, 'content/bench/tips12.nl.md'), '\n');
    const t = now();
    let first = 0;
    await build({ ...watchOpts, reporter: { output: (r) => void (first ||= r.status === 'built' ? now() - t : 0) } }, session);
    editRuns.push(first);
  }
  await session.close();
  return median(editRuns);
}

/** Renders one document (BENCH_DOC, default the tip sheet) again and again: wall and CPU time, for --cpu-prof. */
export async function renderOnly(paths: ReturnType<typeof projectPaths>) {
  const brands = await loadBrands(paths);
  const langs = loadLanguages(paths);
  const docs = await loadDocuments(paths, { languages: langs.languages, brandIds: [...brands.brands.keys()] });
  const doc = docs.docs.find((d) => d.slug === (process.env.BENCH_DOC ?? 'tips12'))!;
  const brand = brands.brands.get('basisschool-de-vlieger')!;
  const task: RenderTask = { kind: doc.kind.name, model: doc.model, brand, language: doc.language, variant: doc.kind.variants(doc.model, {})[0]!, date: new Date().toISOString(), folders: { fonts: paths.fonts, icons: paths.icons } };
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = now();
    const c = process.cpuUsage();
    await renderOutput(task);
    const d = process.cpuUsage(c);
    times.push(now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  // CPU time as well: on a busy machine it varies less than wall time.
  process.stdout.write(`render ${doc.slug}: first ${Math.round(times[0]!)} ms, median ${Math.round(median(times.slice(1)))} ms (CPU ${Math.round(median(cpu.slice(1)))} ms)\n`);
}
