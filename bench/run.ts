/**
 * `npm run bench`: how fast and lean drukklaar is, against real peers in the same run.
 * Prints a table and writes bench/results.json. Not part of the tests: timings vary
 * with the machine, so targets are ratios measured here, side by side.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { loadBrands } from '../src/brands/load-brands.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { build } from '../src/pipeline/build.js';
import { loadDocuments } from '../src/pipeline/load-documents.js';
import { BuildSession } from '../src/pipeline/build-session.js';
import { renderOutput } from '../src/pipeline/render-output.js';
import { projectPaths } from '../src/project.js';
import type { RenderTask } from '../src/render/render-task.js';
import { toolRoot } from '../src/tool-root.js';
import { htmlSource, typstSource, type PeerSheet } from './peers.js';
import { BIDI_CHARACTER_TEST, readBidiCases, runBidiConformance } from './bidi-conformance.js';
import { startupRows } from './startup.js';
import { brandMarginal } from './brand-marginal.js';
import { metColumn } from './missed-by.js';

const repo = toolRoot();
const cli = resolve(repo, 'dist/cli.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = () => performance.now();

interface Row {
  /** A stable id for tools that read bench/results.json (the name may change). */
  id?: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
}
const rows: Row[] = [];
const log = (s: string) => process.stderr.write(s + '\n');

/** A scratch copy of the project with the benchmark tip sheet added. */
function scratch(): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'drukklaar-bench-'));
  for (const d of ['content', 'assets']) cpSync(resolve(repo, d), resolve(dir, d), { recursive: true });
  mkdirSync(resolve(dir, 'content/bench'), { recursive: true });
  cpSync(resolve(repo, 'bench/fixtures/tips12.nl.md'), resolve(dir, 'content/bench/tips12.nl.md'));
  return dir;
}

/** Run the CLI as a new process; returns wall time and its JSON report. */
function cliRun(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; report: { ms: number; maxRssMb: number; firstPdfAt?: number; stages: Record<string, number>; outputs: { status: string }[] } }> {
  return new Promise((res, rej) => {
    const t = now();
    const child = spawn(process.execPath, [cli, ...args, '--json'], { cwd, env: { ...process.env, NODE_ENV: 'production', CI: 'true', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('exit', () => {
      try {
        res({ ms: now() - t, report: JSON.parse(out) });
      } catch (e) {
        rej(new Error(`no JSON report from ${args.join(' ')}: ${(e as Error).message}`));
      }
    });
  });
}

/** Time a child script from start to exit (for the peers' start-up). */
function nodeScript(code: string): number {
  // Inside the repo, so that the script resolves packages from its node_modules.
  mkdirSync(resolve(repo, '.cache'), { recursive: true });
  const file = resolve(repo, '.cache', `bench-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const t = now();
  execFileSync(process.execPath, [file], { cwd: repo, stdio: 'ignore' });
  const ms = now() - t;
  rmSync(file, { force: true });
  return ms;
}

function parseTips(md: string): { title: string; intro: string; tips: { heading: string; text: string; icon?: string }[] } {
  const title = /title: "([^"]+)"/.exec(md)![1]!;
  const body = md.split(/\n---\n/)[1]!;
  const [intro, ...parts] = body.split(/\n## /);
  return {
    title,
    intro: intro!.trim(),
    tips: parts.map((p) => {
      const [head, ...rest] = p.split('\n');
      const icon = /icon=([a-z-]+)/.exec(head!)?.[1];
      return { heading: head!.replace(/\s*\{[^}]*\}\s*$/, ''), text: rest.join(' ').trim(), ...(icon ? { icon } : {}) };
    }),
  };
}

async function main() {
  // BENCH_ONLY=bidi: only the bidi conformance test (needs no project copy).
  if (process.env.BENCH_ONLY === 'bidi') return bidiConformance();
  const dir = scratch();
  const paths = projectPaths(dir);
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
    const peak = Math.max(coldAuto.report.maxRssMb, cold2.report.maxRssMb);
    rows.push({ id: 'peak_mb', name: 'peak memory (build process, cold builds)', value: peak, unit: 'MB', target: '< 500 MB', ok: peak < 500 });

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

  // 5. Steady state per tip sheet: drukklaar, Typst, Chromium on the same sheet.
  const brands = await loadBrands(paths);
  const langs = loadLanguages(paths);
  const docs = await loadDocuments(paths, { languages: langs.languages, brandIds: [...brands.brands.keys()] });
  const doc = docs.docs.find((d) => d.slug === 'tips12')!;
  const brand = brands.brands.get('basisschool-de-vlieger')!;
  const task: RenderTask = { kind: 'tips', model: doc.model, brand, language: doc.language, variant: { id: 'default', suffix: '' }, date: new Date().toISOString(), folders: { fonts: paths.fonts, icons: paths.icons } };
  for (let i = 0; i < 5; i++) await renderOutput(task);
  const ours: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = now();
    const r = await renderOutput(task);
    ours.push(now() - t);
    pages = r.pages;
  }
  const oursMs = median(ours);

  const logoPath = resolve(dir, 'bench-logo.png');
  writeFileSync(logoPath, brand.logoImage.png);
  const sheet: PeerSheet = { ...parseTips(readFileSync(resolve(dir, 'content/bench/tips12.nl.md'), 'utf8')), brand, logoPath, iconsDir: paths.icons, fontsDir: paths.fonts };
  // Typst reads files relative to its workspace root: give it root-relative paths.
  const typ = typstSource({ ...sheet, logoPath: '/bench-logo.png', iconsDir: '/assets/icons' });
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
  const typst = NodeCompiler.create({ workspace: dir, fontArgs: [{ fontPaths: [paths.fonts] }] });
  const compiled = typst.compile({ mainFileContent: typ });
  if (!compiled.result) throw new Error(`the Typst peer did not compile: ${JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics ?? compiled)}`);
  const typstPdf = typst.pdf(compiled.result);
  writeFileSync(resolve(dir, 'peer-typst.pdf'), typstPdf);
  for (let i = 0; i < 3; i++) typst.pdf({ mainFileContent: typ + `\n// ${i}` });
  const typstRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = now();
    typst.pdf({ mainFileContent: typ + `\n// run ${i}` });
    typstRuns.push(now() - t);
  }
  const typstMs = median(typstRuns);

  let chromiumMs = NaN;
  let chromiumGotoMs = NaN;
  let chromiumStart = NaN;
  const html = htmlSource(sheet);
  writeFileSync(resolve(dir, 'peer.html'), html);
  if (existsSync('/usr/bin/chromium')) {
    const { chromium } = await import('playwright-core');
    const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--allow-file-access-from-files'];
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
    const page = await browser.newPage();
    // As Chromium pipelines (md-to-pdf) run it: one warm page, the document's HTML set
    // into it, printed. Loading a file per document (goto) is shown beside it.
    const warm = async () => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: true });
    };
    const goto = async () => {
      await page.goto(`file://${resolve(dir, 'peer.html')}`);
      return page.pdf({ format: 'A4', printBackground: true });
    };
    const time = async (once: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await once();
      const cr: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = now();
        await once();
        cr.push(now() - t);
      }
      return median(cr);
    };
    writeFileSync(resolve(dir, 'peer-chromium.pdf'), await goto());
    chromiumGotoMs = await time(goto);
    await page.goto('about:blank');
    chromiumMs = await time(warm);
    await browser.close();
    chromiumStart = nodeScript(`import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ${JSON.stringify(args)} });
const p = await b.newPage(); await p.goto(${JSON.stringify(`file://${resolve(dir, 'peer.html')}`)}); await p.pdf({ format: 'A4' }); await b.close();`);
  } else log('bench: /usr/bin/chromium missing (npm test installs it as root); Chromium columns left empty');
  const typstStart = nodeScript(`import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
const c = NodeCompiler.create({ workspace: ${JSON.stringify(dir)}, fontArgs: [{ fontPaths: [${JSON.stringify(paths.fonts)}] }] });
c.pdf({ mainFileContent: ${JSON.stringify(typ)} });`);

  rows.push({ id: 'tipsheet_ms', name: `steady state per tip sheet: drukklaar (${pages} pages)`, value: oursMs, unit: 'ms' });
  rows.push({ id: 'tipsheet_typst_ms', name: 'steady state per tip sheet: Typst', value: typstMs, unit: 'ms' });
  rows.push({ id: 'tipsheet_chromium_ms', name: 'steady state per tip sheet: Chromium, warm page (setContent)', value: chromiumMs, unit: 'ms' });
  rows.push({ id: 'tipsheet_chromium_goto_ms', name: 'steady state per tip sheet: Chromium, a file loaded per document (goto)', value: chromiumGotoMs, unit: 'ms' });
  const vsTypst = oursMs / typstMs;
  const vsChromium = oursMs / chromiumMs;
  rows.push({ id: 'tipsheet_vs_typst', name: 'drukklaar / Typst', value: vsTypst, unit: '×', target: '≤ 2×', ok: vsTypst <= 2 });
  rows.push({ id: 'tipsheet_vs_chromium', name: 'drukklaar / Chromium (warm page)', value: vsChromium, unit: '×', target: '≤ 0.5×', ok: vsChromium <= 0.5 });
  rows.push({ name: 'process start → first PDF: Typst', value: typstStart, unit: 'ms' });
  rows.push({ name: 'process start → first PDF: Chromium', value: chromiumStart, unit: 'ms' });

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
    process.stdout.write(`\nwrote bench/results.json; peer PDFs in ${dir}\n`);
  }
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}

/**
 * Growth: one checklist of 100, 1,000 and 10,000 questions (10,000 texts is the most a
 * document may have, preflight.ts), each built alone in a new process. The exponent of the
 * cost from 1,000 to 10,000 says how far from linear (1) it grows; the smallest size is mostly
 * start-up, so it stays out of the exponent.
 */
async function growthCurve(dir: string): Promise<void> {
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
function bidiConformance(): void {
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
async function workerScaling(dir: string, paths: ReturnType<typeof projectPaths>): Promise<{ scale1: number; scale2: number }> {
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
async function watchLatency(dir: string, paths: ReturnType<typeof projectPaths>): Promise<number> {
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

async function renderOnly(paths: ReturnType<typeof projectPaths>) {
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

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
