/**
 * The bench tip sheet (bench/fixtures/tips12.nl.md) tagged by drukklaar and by Typst with
 * `pdfStandard: 'ua-1'`: prints both structure trees (poppler's pdfinfo -struct-text), their
 * sizes and what the checker finds, for docs/accessibility-typst.md. Not part of the bench:
 * `npx vite-node bench/typst-tags.ts`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { typstSource } from '../bench/peers.js';
import { loadBrands } from '../src/brands/load-brands.js';
import { projectPaths } from '../src/project.js';
import { main } from '../src/cli/main.js';
import { checkTaggedPdf } from '../src/accessibility/check-pdf.js';
const repo = process.cwd();
const dir = mkdtempSync(resolve(tmpdir(), 'drukklaar-typ-'));
try {
  cpSync(resolve(repo, 'assets'), resolve(dir, 'assets'), { recursive: true });
  cpSync(resolve(repo, 'content/languages'), resolve(dir, 'content/languages'), { recursive: true });
  cpSync(resolve(repo, 'content/brands/basisschool-de-vlieger'), resolve(dir, 'content/brands/basisschool-de-vlieger'), { recursive: true });
  mkdirSync(resolve(dir, 'content/bench'), { recursive: true });
  cpSync(resolve(repo, 'bench/fixtures/tips12.nl.md'), resolve(dir, 'content/bench/tips12.nl.md'));
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => process.stderr.write(s) }, cwd: dir, env: { CI: 'true' } };
  await main(['build', '--doc', 'tips12', '--brand', 'basisschool-de-vlieger', '--out', resolve(dir, 'out')], io as never);
  const ours = resolve(dir, 'out/basisschool-de-vlieger/nl/tips12.pdf');
  const paths = projectPaths(dir);
  const brand = (await loadBrands(paths)).brands.get('basisschool-de-vlieger')!;
  writeFileSync(resolve(dir, 'bench-logo.png'), brand.logoImage.png);
  const md = readFileSync(resolve(dir, 'content/bench/tips12.nl.md'), 'utf8');
  const title = /title: "([^"]+)"/.exec(md)![1]!;
  const body = md.split(/\n---\n/)[1]!;
  const [intro, ...parts] = body.split(/\n## /);
  const tips = parts.map((p) => { const [head, ...rest] = p.split('\n'); const icon = /icon=([a-z-]+)/.exec(head!)?.[1]; return { heading: head!.replace(/\s*\{[^}]*\}\s*$/, ''), text: rest.join(' ').trim(), ...(icon ? { icon } : {}) }; });
  let typ = typstSource({ title, intro: intro!.trim(), tips, brand, logoPath: '/bench-logo.png', iconsDir: '/assets/icons', fontsDir: paths.fonts });
  // PDF/UA-1 refuses an image without alt text: the same choice as drukklaar, logo and pictograms as artifacts.
  typ = typ.replace(/image\(([^()]*)\)/g, 'pdf.artifact(image($1))');
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
  const typst = NodeCompiler.create({ workspace: dir, fontArgs: [{ fontPaths: [paths.fonts] }] });
  const pdf = typst.pdf({ mainFileContent: typ }, { pdfStandard: 'ua-1' } as never);
  const theirs = resolve(dir, 'typst.pdf');
  writeFileSync(theirs, pdf);
  for (const [name, file] of [['drukklaar', ours], ['Typst 0.14, ua-1', theirs]] as const) {
    const bytes = new Uint8Array(readFileSync(file));
    console.log(`## ${name}: ${(bytes.length / 1000).toFixed(1)} KB, checker findings: ${JSON.stringify(await checkTaggedPdf(bytes))}`);
    console.log(execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
