/**
 * Brand colours are held to WCAG 2.1 contrast where the layouts print them as text: a
 * primary colour too light for headings on white is darkened, with a warning at its
 * brand.yml line; the PDF draws the darker colour and never the pale one. Brands that
 * pass keep their colours exactly (so their PDFs stay byte for byte the same).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument, PDFRawStream, decodePDFRawStream, PDFArray, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadBrands } from '../src/brands/load-brands.js';
import { contrast } from '../src/catalogue/colours.js';
import { projectPaths } from '../src/project.js';
import { tint } from '../layouts/theme.js';
import { makeProject, repoRoot, runCli } from './helpers.js';

const brandYml = (primary: string, accent: string) => `name: "Basisschool Licht"
logo: logo.svg
colors:
  primary: "${primary}"
  accent: "${accent}"
paper: a4
`;

const tips = `---
kind: tips
title: Samen lezen
lang: nl
---

## Lees elke dag samen {#lezen icon=boek}

Een boek voor het slapengaan helpt je kind.
`;

const logo = readFileSync(resolve(repoRoot, 'content/brands/basisschool-de-vlieger/logo.svg'));

/** The decoded content stream of a page. */
async function pageContent(pdf: string, index: number): Promise<string> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const page = doc.getPages()[index]!;
  const contents = page.node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
}

const hexOf = (r: string, g: string, b: string) => `#${[r, g, b].map((v) => Math.round(Number(v) * 255).toString(16).padStart(2, '0')).join('')}`;
const colourOp = /([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn)\b/g;

/** The fill colour in force at each text object (BT … ET) of a page, as #rrggbb. */
async function textColours(pdf: string, index: number): Promise<Set<string>> {
  const parts = (await pageContent(pdf, index)).split(/\bBT\b/);
  const out = new Set<string>();
  let current = '#000000';
  parts.forEach((part, i) => {
    // The colour may be set before BT or inside the text object, before its first Tj.
    const before = i === 0 ? part : part.split(/\bET\b/).slice(1).join('ET');
    const inside = i === 0 ? '' : part.split(/\bET\b/)[0]!;
    const set = [...inside.matchAll(colourOp)];
    if (i > 0) out.add(set.length ? hexOf(set[0]![1]!, set[0]![2]!, set[0]![3]!) : current);
    const last = [...(i === 0 ? before : inside + before).matchAll(colourOp)].at(-1);
    if (last) current = hexOf(last[1]!, last[2]!, last[3]!);
  });
  return out;
}

/** Fill colours (`r g b scn` after `/DeviceRGB cs`) the first page's content draws with, as #rrggbb. */
async function fillColours(pdf: string): Promise<Set<string>> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const page = doc.getPages()[0]!;
  const contents = page.node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const text = streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
  const hex = (v: string) => Math.round(Number(v) * 255).toString(16).padStart(2, '0');
  return new Set([...text.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn)\b/g)].map((m) => `#${hex(m[1]!)}${hex(m[2]!)}${hex(m[3]!)}`));
}

describe('brand colours and contrast', () => {
  it('darkens a primary colour too light for text on white, says so at the brand.yml line, and prints the darker colour', async () => {
    const root = makeProject(
      { 'content/brands/licht/brand.yml': brandYml('#fff8b0', '#1d4e89'), 'content/brands/licht/logo.svg': logo, 'content/tips/samen-lezen.nl.md': tips },
      { brands: [] },
    );
    const warning =
      'content/brands/licht/brand.yml:4:12: warning: `colors.primary` #fff8b0 has a contrast of 1.1:1 on white, where headings, section titles and pictograms printed in it need 4.5:1; they print in #787553 (4.7:1)';
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(0);
    expect(check.stderr).toContain(warning);
    const build = await runCli(['build', '--format', 'short'], root);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain(warning);
    const colours = await fillColours(resolve(root, 'output/licht/nl/samen-lezen.pdf'));
    expect(colours).toContain('#787553');
    expect(colours).not.toContain('#fff8b0');
    expect(contrast('#787553', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the colour in the same check as a missing logo, not after the logo is fixed', async () => {
    const root = makeProject({ 'content/brands/licht/brand.yml': brandYml('#fff8b0', '#1d4e89'), 'content/tips/samen-lezen.nl.md': tips }, { brands: [] });
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('content/brands/licht/brand.yml:2:7: error: the logo `logo.svg` does not exist');
    expect(check.stderr).toContain('content/brands/licht/brand.yml:4:12: warning: `colors.primary` #fff8b0 has a contrast of 1.1:1 on white');
  });

  it('lightens an accent that does not read on the title band, and warns about badge numbers nothing can make readable', async () => {
    const root = makeProject({ 'content/brands/grijs/brand.yml': brandYml('#1d4e89', '#808080'), 'content/brands/grijs/logo.svg': logo }, { brands: [] });
    const r = await runCli(['check', '--format', 'short'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'content/brands/grijs/brand.yml:5:11: warning: `colors.accent` #808080 has a contrast of 2.1:1 on the primary colour #1d4e89, where the words above the title in the title band need 4.5:1; they print in #bebebe (4.5:1)',
    );
    expect(r.stderr).toContain('content/brands/grijs/brand.yml:5:11: warning: `colors.accent` #808080: neither white nor dark text reaches 4.5:1 on it (at best 4.0:1)');
  });

  it('prints a card title in ink when its category colour does not reach 4.5:1 on the card', async () => {
    const deck = `---
kind: cards
title: Groen
lang: nl
card: a6
categories:
  praten: { label: Praten, icon: praten, color: "#258123" }
---

## Even voorstellen {category=praten}

Wie ben je?

---

Vertel iets over jezelf.
`;
    const root = makeProject({ 'content/cards/groen.nl.md': deck }, { brands: ['stad-onderwijs'] });
    const r = await runCli(['build', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    // Faces: guide front, guide back, card front, card back. The card front is a tint of the colour.
    const front = await textColours(resolve(root, 'output/stad-onderwijs/nl/groen--kaarten.pdf'), 2);
    expect(contrast('#258123', tint('#258123', 0.88))).toBeLessThan(4.5);
    expect(front).not.toContain('#258123');
    expect(front).toContain('#1f2328');
  });

  it('leaves the colours of brands that pass exactly as brand.yml gives them', async () => {
    const root = makeProject({}, { brands: ['stad-onderwijs', 'ouderplatform', 'basisschool-de-vlieger'] });
    const { brands, diagnostics } = await loadBrands(projectPaths(root));
    expect(diagnostics).toEqual([]);
    for (const [id, brand] of brands) {
      const yml = readFileSync(resolve(repoRoot, 'content/brands', id, 'brand.yml'), 'utf8');
      expect(yml).toContain(`primary: "${brand.colors.primary}"`);
      expect(yml).toContain(`accent: "${brand.colors.accent}"`);
      expect(brand.accentOnPrimary).toBe(brand.colors.accent);
    }
  });
});
