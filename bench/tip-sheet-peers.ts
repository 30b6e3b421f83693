/**
 * Steady state per tip sheet: drukklaar, Typst and Chromium on the same sheet, in one run,
 * with their start-up to the first PDF.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBrands } from '../src/brands/load-brands.js';
import { loadLanguages } from '../src/languages/load-languages.js';
import { loadDocuments } from '../src/pipeline/load-documents.js';
import { renderOutput } from '../src/pipeline/render-output.js';
import type { projectPaths } from '../src/project.js';
import type { RenderTask } from '../src/render/render-task.js';
import { log, median, nodeScript, now, rows, RUNS } from './harness.js';
import { htmlSource, typstSource, type PeerSheet } from './peers.js';

/** The benchmark tip sheet's Markdown as the peers' sources take it: title, intro and tips. */
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

/** Adds the rows of the tip sheet rendered by drukklaar, Typst and Chromium (a scratch project in `dir`). */
export async function tipSheetPeers(dir: string, paths: ReturnType<typeof projectPaths>): Promise<void> {
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
}
